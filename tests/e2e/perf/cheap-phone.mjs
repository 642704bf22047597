// What the perf scripts share: a cheap phone on a hall's Wi-Fi as issue 9 sets it — a
// cold cache, no service worker yet, Chromium's network emulation at 150 ms latency,
// 1.6 Mbit/s down and 750 kbit/s up, the CPU slowed (4× unless PERF_CPU says), 360 px.

export const CPU = Number(process.env.PERF_CPU ?? 4);

const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8),
  uploadThroughput: (750e3 / 8),
};

/**
 * A new page on that phone, with the DevTools session that throttles it (for listening to
 * the network). Service workers are blocked unless `worker` is set.
 */
export async function cheapPhone(browser, { worker = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    serviceWorkers: worker ? 'allow' : 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return { context, page, cdp };
}
