// Saves PNG screenshots of the main screens to docs/screenshots/ (run: npx tsx tests/browser/screenshots.ts).
// Set SKIP_BUILD=1 to reuse an existing dist/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, build, launch, serve } from './server';
import { clickOn as click, heading as h1 } from './helpers';

const OUT = join(ROOT, 'docs', 'screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!process.env.SKIP_BUILD) build();
  const server = await serve();
  const browser = await launch();
  try {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
      const suffix = viewport.width === 1280 ? '' : '-1024';
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const shot = async (name: string) => {
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(OUT, `${name}${suffix}.png`) });
        console.log(`saved ${name}${suffix}.png`);
      };
      await page.goto(server.url + '?seed=7');
      await page.locator('#panel h1').waitFor();
      await shot('title');
      await click(page, 'New game');
      await shot('setup');
      await click(page, 'Start the game');
      await shot('briefing');
      await click(page, 'Begin');
      const taken = new Set<string>();
      for (let i = 0; i < 300; i++) {
        const title = await h1(page);
        if (title === 'Your path against history') {
          await shot('debrief');
          await click(page, 'Open the Counterfactual Lab');
          await page.fill('#lab-runs', '60');
          await page.getByRole('button', { name: 'Run', exact: true }).click();
          await page.locator('#lab-shapley-table').waitFor({ timeout: 60000 });
          await page.locator('#lab-results-head').evaluate((h) => h.scrollIntoView({ block: 'start' }));
          await shot('lab');
          break;
        }
        const { kicker, names, option, desk } = await page.evaluate(() => ({
          kicker: (document.querySelector('#panel .kicker')?.textContent ?? '').trim(),
          names: [...document.querySelectorAll('#panel button')].map((b) => (b.textContent ?? '').trim()),
          option: document.querySelector('#panel .options button')?.textContent?.trim() ?? null,
          desk: document.querySelector('#panel .calendar') !== null,
        }));
        // A half-year may open on a decision: the desk is the first screen with its calendar and news.
        if (desk && !taken.has('desk')) {
          taken.add('desk');
          await shot('desk');
        }
        if (option && !taken.has('decision')) {
          taken.add('decision');
          await shot('decision');
        }
        if (kicker.startsWith('Your decision') && !taken.has('outcome')) {
          taken.add('outcome');
          await shot('outcome');
        }
        if (kicker.startsWith('Politburo') && !taken.has('politburo')) {
          taken.add('politburo');
          await shot('vote-politburo');
        }
        if (/Congress|Conference|Central Committee/.test(kicker) && !taken.has('hall')) {
          taken.add('hall');
          await shot('vote-hall');
        }
        if (kicker.startsWith('Consequences') && !taken.has('map')) {
          taken.add('map');
          await shot('apparatus-map');
        }
        if (kicker.startsWith('The ending')) await shot('ending');
        const next = option ?? ['Begin', 'Continue', 'Debrief'].find((n) => names.includes(n));
        if (!next) throw new Error(`stuck on ${title}`);
        await click(page, next);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
