// The debrief screen: the student's path against history, the turning points the model measured, the vote
// ledgers, the historians, and the essay planner (src/debrief computes them all). It prints cleanly
// (print.css) and downloads as Markdown. All text goes in with textContent; nothing is parsed as HTML.
import './debrief.css';
import './print.css';
import type { FlowEvent } from '../flow/machine';
import type { GameConfig, GameState } from '../rules/state';
import type { Catalog } from '../scenario/catalog';
import { pointsWord } from '../scenario/words';
import { buildDebrief, debriefMarkdown, verdictWords, type Debrief, type EssayPlan, type LensJudgement, type TimelineEntry, type TurningPoint, type VoteLedger } from '../debrief';
import { turnName } from '../scenario/turns';
import { button, el, table, type Child } from './dom';
import { bundledLabInputs } from './labdata';
import { ledgerTable, membersTable } from './ledger';
import { blocWords } from '../debrief/voteWords';
import { sourcesLine } from './sources';
import { plainCitation } from '../scenario/sources';
import { summarySection, type SummaryForm } from './summary';

export interface DebriefHost {
  catalog: Catalog;
  config: GameConfig;
  log: readonly FlowEvent[];
  /** The game's state, for the short fallback if the game cannot be replayed. */
  state: GameState;
  /** Puts the screen in the panel and moves focus to its h1. */
  show: (...children: Child[]) => void;
  announce: (text: string) => void;
  newGame: () => void;
  title: () => void;
  openLab?: () => void;
}

export const DEBRIEF_HEADING = 'Your path against history';

/** The file name of the Markdown download: after-lenin-debrief-<scenario>-<role>.md */
export function markdownFileName(d: Pick<Debrief, 'scenario' | 'role'>): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `after-lenin-debrief-${safe(d.scenario.id)}-${safe(d.role)}.md`;
}

/** Offers a text as a file download, through a Blob and a temporary link. */
export function downloadText(text: string, fileName: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: fileName, class: 'visually-hidden' }, fileName);
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'debrief-section', 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

function labelled(label: string, ...text: Child[]): HTMLParagraphElement {
  return el('p', {}, el('strong', {}, `${label} `), ...text);
}

function timelineItem(t: TimelineEntry, i: number): HTMLElement {
  const id = `deb-decision-${i}`;
  return el(
    'li',
    {},
    el(
      'article',
      { class: `document minutes decision ${t.matched ? 'matched' : 'changed'}`, 'aria-labelledby': id },
      el('p', { class: 'doc-kind' }, t.when),
      el('h3', { id }, t.title),
      labelled('You chose:', t.chosen.label, t.matched ? ' (as in history)' : ''),
      t.matched ? null : labelled('In history:', t.historical.label),
      el(
        'div',
        { class: 'note' },
        el('p', {}, el('span', { class: 'note-head' }, `What really happened (${t.note.date}). `), t.note.text),
        sourcesLine(t.note.sources),
      ),
      el('p', { class: 'hint' }, `Your position: ${pointsWord(t.delta)}${t.factor ? ' · one of the mistakes the Lab can correct' : ''}`),
    ),
  );
}

function turningPointItem(p: TurningPoint, largest: number): HTMLElement {
  const width = largest > 0 ? Math.max(2, Math.round((100 * Math.abs(p.delta)) / largest)) : 0;
  return el(
    'li',
    { class: `turning-point ${p.delta >= 0 ? 'gain' : 'loss'}` },
    el('p', { class: 'tp-delta' }, `${p.delta >= 0 ? '▲' : '▼'} ${pointsWord(p.delta)}`),
    el('h3', {}, p.title),
    el('p', { class: 'hint' }, `${p.when} · ${p.actor}${p.detail ? ` · ${p.detail}` : ''} · your position afterwards: ${p.after.toFixed(1)} of 100`),
    el('span', { class: 'tp-bar', style: `width:${width}%`, 'aria-hidden': 'true' }),
  );
}

function ledgerBlock(v: VoteLedger, i: number): HTMLElement {
  const id = `deb-vote-${i}`;
  const blocs = v.blocs.length
    ? ledgerTable(`How the blocs voted: ${v.title}`, v.blocs.map(blocWords))
    : null;
  const members = v.members.length ? membersTable(`How each member voted, and why: ${v.title}`, v.members) : null;
  return el(
    'article',
    { class: 'ledger', 'aria-labelledby': id },
    el('h3', { id }, v.title),
    el('p', { class: 'kicker' }, `${v.bodyName} · ${v.date}`),
    el('p', {}, el('span', { class: `verdict ${v.passed ? 'passed' : 'failed'}` }, v.passed ? 'Carried' : 'Defeated'), ` ${v.for}–${v.against}${v.abstain ? `, ${v.abstain} abstaining` : ''}`),
    el(
      'p',
      {},
      `Motion: ${v.motion} Needed ${Math.round(v.threshold * 100)}% of those voting; the result was ${Math.abs(v.margin).toFixed(1)} points ${v.margin >= 0 ? 'above' : 'below'} it. ${v.parties || `Sponsors: ${v.sponsors}.`} The uncommitted loyalists followed the ${v.lineWith === 'sponsor' ? 'sponsors' : v.lineWith === 'target' ? 'target' : 'two sides equally'}. Your position: ${pointsWord(v.delta)}.`,
    ),
    blocs,
    members,
    labelled('In history:', v.historical.summary),
  );
}

function lensBlock(l: LensJudgement, i: number): HTMLElement {
  const id = `deb-lens-${i}`;
  const mark = l.overall === 'supports' ? '✔' : l.overall === 'challenges' ? '✘' : l.overall === 'mixed' ? '±' : '–';
  return el(
    'article',
    { class: `lens-judgement ${l.overall}`, 'aria-labelledby': id },
    el('h3', { id }, l.name),
    el('p', { class: `verdict-line ${l.overall}` }, `${mark} ${verdictWords(l.overall)}`),
    el('p', { class: 'hint' }, `Historians: ${l.historians.map((h) => `${h.name} (${h.work}; ${plainCitation(h.source)})`).join('; ')}`),
    el('p', {}, l.summary),
    l.findings.length
      ? el(
          'ul',
          { class: 'findings' },
          ...l.findings.map((f) =>
            el(
              'li',
              { class: f.verdict },
              el('strong', {}, f.verdict === 'supports' ? '✔ Supports. ' : '✘ Challenges. '),
              el('span', {}, `Rule: ${f.ruleText} `),
              el('span', {}, `In your game: ${f.evidence}`),
            ),
          ),
        )
      : null,
  );
}

function essayBlock(e: EssayPlan, i: number): HTMLElement {
  const id = `deb-essay-${i}`;
  return el(
    'article',
    { class: 'essay', 'aria-labelledby': id },
    el('h3', { id }, `“${e.question}” (${e.marks} marks)`),
    el('p', { class: 'hint' }, e.guidance),
    e.introduction ? labelled('Introduction.', e.introduction) : null,
    el(
      'ol',
      { class: 'essay-paragraphs' },
      ...e.paragraphs.map((p) =>
        el(
          'li',
          {},
          el('h4', {}, p.factor),
          labelled('Point.', p.point),
          el('p', {}, el('strong', {}, 'Evidence from your game:')),
          p.evidence.length ? el('ul', {}, ...p.evidence.map((x) => el('li', {}, x))) : el('p', { class: 'hint' }, 'Nothing in the half-years played bears on this factor.'),
          labelled('Counter-argument.', p.counter),
          labelled('Judgement.', p.judgement),
        ),
      ),
    ),
    labelled('Conclusion.', e.conclusion),
  );
}

/** The turning points and the position half-year by half-year. */
function turningSection(d: Debrief): HTMLElement {
  const largest = Math.max(0, ...d.turningPoints.map((p) => Math.abs(p.delta)));
  return section(
    'deb-turning',
    'Turning points',
    el(
      'p',
      {},
      'Measured by the model, not chosen by hand: the game was replayed step by step — each event, each of your choices, each of your rivals’ moves, each vote and the appointments at the end of each half-year — and your position was scored after every step, from 0 (ruined) to 100 (unchallenged), by the same measure the shrewd rivals play by. These steps changed it most.',
    ),
    d.turningPoints.length
      ? el('ol', { class: 'turning-points' }, ...d.turningPoints.map((p) => turningPointItem(p, largest)))
      : el('p', {}, 'No step changed your position.'),
    table(
      'Your position, half-year by half-year (0 = ruined, 100 = unchallenged)',
      ['Half-year', 'Your position (of 100)', "Stalin's position (of 100)"],
      d.trajectory.map((t, i) => [i === 0 ? 'When play began' : `End of ${t.when}`, t.position.toFixed(1), t.stalin.toFixed(1)]),
    ),
  );
}

/** The ledgers of the votes held, and the votes not held. */
function votesSection(d: Debrief): HTMLElement {
  const held = d.votes.filter((v) => v.held);
  const notHeld = d.votes.filter((v) => !v.held);
  return section(
    'deb-votes',
    'Vote ledgers',
    held.length ? null : el('p', {}, 'No vote was held in the half-years played.'),
    ...held.map(ledgerBlock),
    notHeld.length
      ? el('div', {}, el('h3', {}, 'Votes not held'), el('ul', {}, ...notHeld.map((v) => el('li', {}, `${v.title} (${v.date}): ${v.reason ?? 'its conditions were not met'}.`))))
      : null,
  );
}

/** Each lens's findings, and every rule they come from. */
function historiansSection(d: Debrief): HTMLElement {
  return section(
    'deb-historians',
    'Historians: what your game supports or challenges',
    el('p', {}, 'Each judgement comes from a rule applied to your game, shown beside it. One game is one piece of evidence; the Counterfactual Lab measures many.'),
    ...d.historians.map(lensBlock),
    el(
      'div',
      { class: 'rules' },
      el('h3', {}, 'How these judgements are made: every rule'),
      el(
        'ul',
        {},
        ...d.rules.map((r) =>
          el('li', {}, el('strong', {}, `${r.verdict === 'supports' ? 'Supports' : 'Challenges'} “${d.historians.find((l) => l.lens === r.lens)?.name ?? r.lens}”: `), r.rule),
        ),
      ),
    ),
  );
}

/** The full analysis, printed only when the student asks for it. */
function appendix(d: Debrief): HTMLElement {
  const same = d.timeline.filter((t) => t.matched).length;
  return el(
    'div',
    { class: 'debrief-appendix' },
    el('h2', { class: 'appendix-title' }, 'Appendix: the full analysis'),
    el(
      'p',
      { class: 'lead' },
      `${d.scenario.title} · as ${d.roleName} · ${d.lens.name} lens · against a ${d.rival.policy === 'historical' ? 'historical' : d.rival.policy} ${d.rival.name}. You took ${d.timeline.length} decision${d.timeline.length === 1 ? '' : 's'}; ${same} matched what really happened.`,
    ),
    d.ending ? el('p', {}, el('strong', {}, `${d.ending.title} (${d.ending.when}). `), d.ending.summary) : null,
    figuresSection(d),
    section(
      'deb-timeline',
      'Your decisions against history',
      d.timeline.length
        ? el('ol', { class: 'timeline', 'aria-label': 'Your decisions, in order' }, ...d.timeline.map(timelineItem))
        : el('p', {}, 'You took no decisions in this game.'),
      d.rivalMoves.length
        ? table(
            `${d.rival.name}'s moves`,
            ['Decision', 'When', 'Chosen', 'In history'],
            d.rivalMoves.map((t) => [t.title, t.when, t.chosen.label, t.matched ? 'The same' : t.historical.label]),
          )
        : null,
    ),
    turningSection(d),
    votesSection(d),
    d.milestones.length
      ? section(
          'deb-milestones',
          'Milestones: your game and history',
          table(
            'When the milestones fell',
            ['Milestone', 'Your game', 'History'],
            d.milestones.map((m) => [m.title, m.game ? m.game.when : m.ended ? 'The game had ended' : 'Did not happen', `${m.history.when} (${m.history.date})`]),
          ),
        )
      : null,
    historiansSection(d),
    section('deb-essays', 'Essay planner', el('p', {}, 'Two exam questions, planned paragraph by paragraph with evidence from your game.'), ...d.essays.map(essayBlock)),
  );
}

/** What moved Stalin's position, by cause: the figures the summary's one number rests on. */
function figuresSection(d: Debrief): HTMLElement {
  return section(
    'deb-figures',
    "What moved Stalin's position",
    table(
      "Change to Stalin's position by cause (points of 100)",
      ['Cause', 'Change'],
      d.summary.causes.map((c) => [`${c.cause.charAt(0).toUpperCase()}${c.cause.slice(1)}`, c.change]),
    ),
    el('p', {}, `The rivals' mistakes: about ${d.summary.mistakes}. ${d.summary.mistakesExplained}`),
  );
}

/** The checkbox that puts the appendix into the print (off by default, so the summary prints on its own). */
function appendixToggle(): HTMLElement {
  const box = el('input', {
    id: 'print-appendix',
    type: 'checkbox',
    onchange: (e: Event) => document.body.classList.toggle('print-appendix', (e.target as HTMLInputElement).checked),
  });
  document.body.classList.remove('print-appendix');
  return el('p', { class: 'no-print print-choice choice' }, box, el('label', { for: 'print-appendix' }, 'Print the appendix too'));
}

/** The debrief's content, for a computed debrief: the summary to hand in first, then the full analysis. */
export function debriefContent(d: Debrief, actions: { print: () => void; download: (form: SummaryForm) => void; openLab?: () => void; newGame: () => void; title: () => void }): Child[] {
  const summary = summarySection(d);
  const tools = el(
    'div',
    { class: 'actions debrief-tools no-print' },
    button('Print', actions.print, 'secondary'),
    button('Download as Markdown', () => actions.download(summary.form), 'secondary'),
    actions.openLab ? button('Open the Counterfactual Lab', actions.openLab, 'secondary') : null,
  );
  return [
    el('p', { class: 'kicker' }, `Debrief · ${d.ending?.title ?? 'the game so far'}`),
    el('h1', {}, DEBRIEF_HEADING),
    tools,
    appendixToggle(),
    summary.node,
    appendix(d),
    el(
      'div',
      { class: 'actions no-print' },
      button('New game', actions.newGame, 'primary'),
      button('Back to the title', actions.title, 'secondary'),
    ),
  ];
}

/** A short list of the player's decisions, shown if the game cannot be replayed for the full debrief. */
function fallback(host: DebriefHost, reason: string): Child[] {
  const sc = host.catalog.scenarios.find((s) => s.id === host.state.config.scenario)!;
  const mine = host.state.choices.filter((c) => c.by === 'player');
  return [
    el('p', { class: 'kicker' }, 'Debrief'),
    el('h1', {}, DEBRIEF_HEADING),
    el('p', { class: 'notice', role: 'alert' }, `The full debrief could not be made: ${reason}`),
    el(
      'ol',
      { class: 'timeline' },
      ...mine.map((c) => {
        const d = sc.decisionById[c.decision];
        const o = d?.options.find((x) => x.id === c.option);
        return el('li', {}, `${turnName(sc.calendar, c.turn)}: ${d?.title ?? c.decision} — You chose: ${o?.label ?? c.option}`);
      }),
    ),
    el('div', { class: 'actions' }, button('New game', host.newGame, 'primary'), button('Back to the title', host.title, 'secondary')),
  ];
}

/** Computes the debrief of the host's game and shows it. */
export function showDebrief(host: DebriefHost): Debrief | null {
  let d: Debrief;
  try {
    d = buildDebrief({ catalog: host.catalog, config: host.config, log: host.log, factors: bundledLabInputs(host.catalog).factorSet });
  } catch (err) {
    host.show(...fallback(host, err instanceof Error ? err.message : String(err)));
    return null;
  }
  host.show(
    ...debriefContent(d, {
      print: () => window.print(),
      download: (form) => {
        const name = markdownFileName(d);
        downloadText(debriefMarkdown(d, form.student()), name);
        host.announce(`The debrief was downloaded as ${name}.`);
      },
      openLab: host.openLab,
      newGame: host.newGame,
      title: host.title,
    }),
  );
  return d;
}
