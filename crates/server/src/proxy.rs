//! The client's address behind a reverse proxy (`--trust-proxy`). A proxy that ends
//! TLS for the server is every client's TCP peer, so per-address limits would treat
//! a whole town as one client; it names the real client in `X-Forwarded-For`.
//!
//! That header is believed only when the TCP peer is a trusted proxy, and then only
//! as far back as the proxies are trusted: the client is the rightmost address in
//! it that is not itself a trusted proxy, since anything to the left of that was
//! written by the client and could be anything.

use std::net::IpAddr;

use axum::http::{HeaderMap, HeaderName};

/// A block of addresses, `192.0.2.0/24` or `2001:db8::/32` (a lone address is its
/// own block).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

/// Why a `--trust-proxy` value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an address block like 10.0.0.0/8, 192.0.2.7 or fd00::/8")]
pub struct CidrError(String);

impl std::str::FromStr for Cidr {
    type Err = CidrError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wrong = || CidrError(text.to_owned());
        let (address, prefix) = match text.trim().split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text.trim(), None),
        };
        let network: IpAddr = address.parse().map_err(|_| wrong())?;
        let bits = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix.parse::<u8>().map_err(|_| wrong())?,
            None => bits,
        };
        if prefix > bits {
            return Err(wrong());
        }
        Ok(Cidr { network, prefix })
    }
}

impl Cidr {
    /// True when `ip` is in this block (an IPv4-mapped IPv6 address counts as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        let keep = |bits: u32| -> u128 {
            if self.prefix == 0 {
                0
            } else {
                u128::MAX << (bits - u32::from(self.prefix))
            }
        };
        match (self.network, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = keep(32);
                u128::from(u32::from(net)) & mask == u128::from(u32::from(ip)) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = keep(128);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// The reverse proxies whose `X-Forwarded-…` headers are believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Cidr>);

const FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");
const FORWARDED_PROTO: HeaderName = HeaderName::from_static("x-forwarded-proto");

impl TrustedProxies {
    /// Proxies in these blocks.
    pub fn new(blocks: Vec<Cidr>) -> Self {
        TrustedProxies(blocks)
    }

    /// True when no proxy is trusted (the server faces clients directly).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|block| block.contains(ip))
    }

    /// The client's address for a request that came from `peer`: the rightmost
    /// `X-Forwarded-For` address that is not a trusted proxy when `peer` is one,
    /// otherwise `peer` itself.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        // Several headers count as one list, in order.
        let hops = headers
            .get_all(FORWARDED_FOR)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect::<Vec<_>>();
        for hop in hops.iter().rev() {
            let Ok(ip) = hop.parse::<IpAddr>() else {
                // Not an address: nothing to its left can be believed.
                break;
            };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        client
    }

    /// Removes the forwarding headers from a request whose peer is not a trusted
    /// proxy, once proxies are configured, so nothing downstream (the HTTPS check,
    /// the QR code's address) believes a client that claims to be forwarded.
    pub fn strip_untrusted(&self, peer: IpAddr, headers: &mut HeaderMap) {
        if !self.is_empty() && !self.trusts(peer) {
            headers.remove(FORWARDED_FOR);
            headers.remove(FORWARDED_PROTO);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn proxies(blocks: &[&str]) -> TrustedProxies {
        TrustedProxies::new(blocks.iter().filter_map(|b| b.parse().ok()).collect())
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    fn forwarded(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(FORWARDED_FOR, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn blocks_are_read_and_matched() {
        let block: Cidr = "10.1.0.0/16".parse().unwrap_or(Cidr {
            network: ip("0.0.0.0"),
            prefix: 32,
        });
        assert!(block.contains(ip("10.1.200.3")));
        assert!(block.contains(ip("::ffff:10.1.0.9")));
        assert!(!block.contains(ip("10.2.0.1")));
        assert!(!block.contains(ip("fd00::1")));
        assert!(
            "fd00::/8"
                .parse::<Cidr>()
                .is_ok_and(|b| b.contains(ip("fd12::1")))
        );
        assert!(
            "192.0.2.7"
                .parse::<Cidr>()
                .is_ok_and(|b| !b.contains(ip("192.0.2.8")))
        );
        assert!(
            "0.0.0.0/0"
                .parse::<Cidr>()
                .is_ok_and(|b| b.contains(ip("203.0.113.1")))
        );
        for wrong in ["10.0.0.0/33", "proxy", "10.0.0.0/", "::/129"] {
            assert!(wrong.parse::<Cidr>().is_err(), "{wrong}");
        }
    }

    #[test]
    fn the_client_is_the_rightmost_untrusted_hop() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let headers = forwarded("198.51.100.9, 203.0.113.5, 10.0.0.7");
        assert_eq!(trusted.client(ip("10.0.0.2"), &headers), ip("203.0.113.5"));
    }

    #[test]
    fn a_peer_that_is_not_a_trusted_proxy_is_the_client() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let headers = forwarded("203.0.113.5");
        assert_eq!(trusted.client(ip("192.0.2.1"), &headers), ip("192.0.2.1"));
        assert_eq!(
            TrustedProxies::default().client(ip("10.0.0.2"), &headers),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn garbage_in_the_header_stops_the_walk() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let headers = forwarded("203.0.113.5, not-an-address");
        assert_eq!(trusted.client(ip("10.0.0.2"), &headers), ip("10.0.0.2"));
    }
}
