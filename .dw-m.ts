import { launchChromium } from './scripts/browser.ts';
import { serveStatic } from './scripts/static-server.ts';
import { measureDeck } from './scripts/bench/browser.ts';
const dir = process.argv[2] ?? 'dist';
const server = await serveStatic(dir);
const browser = await launchChromium();
for (const d of ['rust-on-the-backend','why-rust-is-growing-fast','why-rust-on-the-backend']) {
  const l = await measureDeck(browser, `${server.origin}/decks/${d}/`);
  const k = Object.entries(l.byKind).map(([n,v])=>`${n} ${(v.gzipBytes/1024).toFixed(1)}`).join(', ');
  console.log(dir, d, `ready=${l.deckReady} req=${l.requests} raw=${(l.rawBytes/1024).toFixed(1)} gz=${(l.gzipBytes/1024).toFixed(1)} KiB [${k}]`);
}
await browser.close(); await server.close();
