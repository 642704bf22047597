// A real OpenID Connect provider (panva's oidc-provider), run on loopback by the
// server's `oidc` test: one client, `cares`, for the Authorization Code flow with
// PKCE required, and the library's own development login and consent pages (any
// login name and password are accepted). Prints "ready" once it listens.
//
// usage: node provider.mjs PORT REDIRECT_URI
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'cares',
      client_secret: 'cares-test-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, id) {
    return { accountId: id, async claims() { return { sub: id }; } };
  },
});
// Quiet: the test reads stdout for "ready" only.
provider.on('server_error', (ctx, err) => console.error('provider error:', err.message));

provider.listen(Number(port), '127.0.0.1', () => {
  console.log('ready');
});
