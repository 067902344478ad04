// The votes in the browser, played as Stalin did through 1923–1926: each vote held has a screen of its own, in
// the order of the days shown on them — the same votes on the same days, in the same words, as the game's
// transcript, and as the half-years' consequences list them — none shows "0 – 0" or a vote that was not held, and each names its
// sponsor and target and, bloc by bloc, the dated causes that moved it, in percentage points that add up to how
// it voted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { playTranscript } from '../../src/flow/transcript';
import { voteScreenText } from '../../src/debrief/voteWords';
import type { GameConfig } from '../../src/rules/state';
import { campaignCtx, catalog } from '../helpers';
import { launch } from './server';
import { clickOn, heading, kicker, onVoteScreen, open, stepOn } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as the screens write it, "26 January 1924", as "1924-01-26"; anything else fails the test. */
function isoDay(shown: string): string {
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(shown.trim());
  expect(m && MONTHS.includes(m[2]), `a day written as "26 January 1924": "${shown}"`).toBeTruthy();
  return `${m![3]}-${String(MONTHS.indexOf(m![2]) + 1).padStart(2, '0')}-${m![1].padStart(2, '0')}`;
}

/** One bloc's row of the ledger: its share for the motion and the causes listed under it, as shown. */
interface BlocShown {
  summary: string;
  for: number;
  against: number;
  lines: string[];
}

interface VoteShown {
  day: string;
  title: string;
  text: string;
  tally: string;
  parties: string;
  ledgerIntro: string;
  blocs: BlocShown[];
  members: { name: string; vote: string; why: string }[];
}

/** Reads the vote on screen: its day, title, tally, sponsor and target, and its ledger with every bloc opened. */
async function readVote(page: Page): Promise<VoteShown> {
  const time = page.locator('#panel .kicker time').first();
  const day = isoDay((await time.textContent()) ?? '');
  expect(await time.getAttribute('datetime'), 'the day shown is the day of the vote').toBe(day);
  await page.locator('#panel details.moved').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return page.evaluate((d) => {
    const panel = document.getElementById('panel')!;
    const text = (e: Element | null | undefined) => (e?.textContent ?? '').trim();
    const why = panel.querySelector('section.why');
    const rows = [...(why?.querySelectorAll('table tbody tr') ?? [])].map((tr) => [...tr.children].map(text));
    const blocs = [...(why?.querySelectorAll('details.moved') ?? [])].map((det, i) => ({
      summary: text(det.querySelector('summary')),
      for: Number(rows[i]?.[2]),
      against: Number(rows[i]?.[3]),
      lines: [...det.querySelectorAll('li')].map(text),
    }));
    const memberTable = [...panel.querySelectorAll('table')].find((t) => text(t.querySelector('caption')).startsWith('How each member voted'));
    const members = [...(memberTable?.querySelectorAll('tbody tr') ?? [])].map((tr) => {
      const [name, , vote, reasons] = [...tr.children].map(text);
      return { name, vote, why: reasons };
    });
    return {
      day: d,
      title: text(panel.querySelector('h1')),
      text: panel.innerText,
      tally: text(panel.querySelector('.tally')),
      parties: [...panel.querySelectorAll('p')].map(text).find((t) => t.startsWith('Sponsor:')) ?? '',
      ledgerIntro: text(why?.querySelector('p')),
      blocs,
      members,
    };
  }, day);
}

/** Plays the player's decisions as Stalin really took them, from the campaign's own record of what he did. */
async function chooseAsStalinDid(page: Page): Promise<void> {
  const title = await heading(page);
  const decision = Object.values(campaignCtx.sc.decisionById).find((d) => d.role === 'stalin' && d.title === title);
  expect(decision, `Stalin's decision "${title}" in the campaign`).toBeDefined();
  await clickOn(page, decision!.options.find((o) => o.historical)!.label);
}

const POINTS = /: ([+−]\d+\.\d|0\.0) points?$/;
/** The model's own causes, which act on the day of the vote; every other cause is an earlier moment, dated. */
const MODEL_CAUSE = /^(Loyalty to |The party line:|The leaders' standing and policies as the game began:|The mood of the hall on the day:|\d+ other earlier moments? together:)/;

/**
 * Checks one bloc's causes as shown: an even start, each cause in signed points, every earlier moment dated and
 * no later than the vote, and a total that the start and the causes add up to; a bloc that voted against has a
 * cause that says why. Returns how many dated moments it lists.
 */
function checkBloc(v: VoteShown, b: BlocShown): number {
  const where = `${v.title} (${v.day}), ${b.summary}`;
  const start = /^An even split: (\d+(?:\.\d)?)% for$/.exec(b.lines[0] ?? '');
  const total = /^Together: (\d+\.\d)% for the motion$/.exec(b.lines[b.lines.length - 1] ?? '');
  expect(start && total, `${where}: starts from an even split and ends with the total (${b.lines.join(' / ')})`).toBeTruthy();
  const causes = b.lines.slice(1, -1);
  expect(causes.length, `${where}: names what moved it`).toBeGreaterThan(0);
  let sum = Number(start![1]);
  let dated = 0;
  for (const line of causes) {
    const points = POINTS.exec(line);
    expect(points, `${where}: "${line}" gives its size in points`).toBeTruthy();
    sum += Number(points![1].replace('−', '-'));
    if (MODEL_CAUSE.test(line)) continue;
    const day = /, (\d{1,2} [A-Z][a-z]+ \d{4}): [^:]*$/.exec(line);
    expect(day, `${where}: the earlier moment "${line}" is dated`).toBeTruthy();
    expect(isoDay(day![1]) <= v.day, `${where}: "${line}" happened before the vote`).toBe(true);
    dated++;
  }
  // Each figure is rounded to a tenth of a point.
  expect(Math.abs(sum - Number(total![1])), `${where}: the causes add up (${b.lines.join(' / ')})`).toBeLessThanOrEqual(0.05 * (causes.length + 2));
  if (b.against > b.for) {
    expect(causes.some((c) => POINTS.exec(c)![1].startsWith('−')), `${where}: voted against, and a cause says why`).toBe(true);
  }
  return dated;
}

describe('the votes of a half-year, in the order of their days', () => {
  it('shows the votes held as Stalin through 1923–1926 in date order, never a vote not held, each ledger explained', async () => {
    const { page, context, errors } = await open(browser, '?seed=7');
    await clickOn(page, 'New game');
    await clickOn(page, 'Start the game');
    const config = await page.evaluate(() => (JSON.parse(localStorage.getItem('after-lenin:save:1')!) as { config: GameConfig }).config);
    expect(config.role).toBe('stalin');
    const shown: VoteShown[] = [];
    // The votes that each half-year's consequences list, with their days.
    const listed: string[] = [];
    for (let i = 0; i < 300 && !/19(2[7-9])/.test(await kicker(page)); i++) {
      expect(await heading(page)).not.toBe('Your path against history');
      if (await onVoteScreen(page)) shown.push(await readVote(page));
      if ((await kicker(page)).startsWith('Consequences')) listed.push(...(await page.locator('#panel li > time').evaluateAll((all) => all.map((t) => t.getAttribute('datetime') ?? ''))));
      if (await page.locator('#panel .options button').count()) await chooseAsStalinDid(page);
      else await stepOn(page);
    }
    expect(await kicker(page)).toMatch(/1927/);

    // In the order of their days, the same votes as the transcript of the same game, and some in every year.
    const days = shown.map((v) => v.day);
    expect(days).toEqual([...days].sort());
    const transcript = playTranscript(catalog, config, voteScreenText, { until: '1926H2' });
    const screens = transcript.steps.filter((s) => s.kind === 'vote');
    expect(shown.map((v) => ({ day: v.day, title: v.title }))).toEqual(screens.map((s) => ({ day: s.date, title: s.title })));
    // The transcript prints what each vote screen shows: sponsor and target, result, every bloc's causes, every member's reasons.
    for (const [i, v] of shown.entries()) {
      const words = [v.parties, v.tally, v.ledgerIntro, ...v.blocs.flatMap((b) => [b.summary, ...b.lines]), ...v.members.flatMap((m) => [m.name, m.why])];
      for (const w of words.filter(Boolean)) expect(screens[i].text, `${v.title} (${v.day}): the transcript's words`).toContain(w);
    }
    for (const year of ['1924', '1925', '1926']) expect(days.some((d) => d.startsWith(year)), `a vote in ${year}`).toBe(true);
    expect(listed, "the half-years' consequences list the same votes, dated").toEqual(days);

    let hallVotes = 0;
    let politburoVotes = 0;
    let datedCauses = 0;
    for (const v of shown) {
      // A vote held: a real tally, and nothing of a vote that was not held.
      const tally = /^(\d+)–(\d+)(?:, (\d+) abstaining)?$/.exec(v.tally);
      expect(tally, `${v.title}: a tally "for–against"`).toBeTruthy();
      expect(Number(tally![1]) + Number(tally![2]), `${v.title}: votes were cast`).toBeGreaterThan(0);
      expect(v.text).not.toMatch(/\b0\s*–\s*0\b|not held|did not arise|table of members above/);
      expect(v.parties, `${v.title}: names its sponsor and its target`).toMatch(/^Sponsor: [^.]+, for .+\. Target: [^.]+, of .+\.$/);
      if (v.blocs.length) {
        hallVotes++;
        expect(v.ledgerIntro).toContain('percentage points');
        for (const b of v.blocs) datedCauses += checkBloc(v, b);
      } else {
        politburoVotes++;
        expect(v.members.length, `${v.title}: each member's vote`).toBeGreaterThan(3);
        for (const m of v.members) expect(m.why, `${v.title}: ${m.name}'s reasons`).toMatch(/^[A-Z].{10,}\.$/);
      }
    }
    expect(hallVotes).toBeGreaterThan(3);
    expect(datedCauses, 'the ledgers name earlier moments, dated').toBeGreaterThan(10);
    expect(politburoVotes).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
