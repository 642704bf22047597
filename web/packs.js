// Small wasm chunks travel together: the build writes the chunks too small to be worth
// a request of their own end to end into one file (a pack), and the split loader asks
// this function for each such chunk instead of fetching it. The pack is fetched once,
// the first time any of its chunks is needed, and each chunk is handed to
// WebAssembly as the response it would have had on its own. A pack that could not be
// fetched is forgotten, so trying again fetches it afresh.
const packs = new Map();

function chunkFromPack(file, start, end) {
  let pack = packs.get(file);
  if (pack === undefined) {
    pack = fetch(new URL(file, import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`${file} could not be fetched: ${response.status}`);
      return response.arrayBuffer();
    });
    packs.set(file, pack);
    pack.catch(() => {
      if (packs.get(file) === pack) packs.delete(file);
    });
  }
  return pack.then(
    (bytes) => new Response(bytes.slice(start, end), { headers: { 'Content-Type': 'application/wasm' } }),
  );
}
