import { it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openSite } from '/work/wt/decks/test/support/browser.ts';
import { deckUrls, openDeck } from '/work/wt/decks/test/support/deck.ts';
it('shots', async () => {
  const out = process.env.OUT ?? '/tmp/decks-scratch/shots';
  mkdirSync(out, { recursive: true });
  const site = await openSite(process.env.DIST ?? 'dist');
  const { page } = await site.newPage();
  const decks = (await deckUrls(page, site.origin)).filter(u => !process.env.ONLY || u.includes(process.env.ONLY));
  for (const url of decks) {
    const g = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await openDeck(g.page, url + (process.env.THEME ? '' : ''));
    if (process.env.THEME) await g.page.evaluate((t) => { document.documentElement.dataset.deckTheme = t; }, process.env.THEME);
    const n = await g.page.evaluate(() => window.Reveal!.getSlides().length);
    const slug = new URL(url).pathname.split('/')[2];
    for (let i = 0; i < n; i++) {
      const id = await g.page.evaluate((i) => { const r = window.Reveal!; const s = r.getSlides()[i]!; const {h,v} = r.getIndices(s); r.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER); return s.id; }, i);
      await g.page.waitForTimeout(350);
      await g.page.screenshot({ path: `${out}/${slug}-${String(i).padStart(2,'0')}-${id}.png` });
    }
    await g.page.context().close();
  }
  await site.close();
}, 300000);
