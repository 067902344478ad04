// The essay planners: the 8-mark and 22-mark questions, each paragraph's prose from scenarios/debrief.yaml and
// its evidence measured in this game (the steps that moved Stalin's position most, the votes and milestones
// the paragraph's tags name).
import type { Camp } from '../scenario/schema';
import type { EssayParagraphDef } from '../scenario/debrief';
import { pointsWord } from '../scenario/words';
import type { EssayFacts, EssayParagraph, EssayPlan, Step, VoteLedger } from './types';
import { blocValues, correctedText, enrolmentLines, milestoneLine, stepLine, voteLine, voteValues, winnerText } from './phrases';
import { stalinLoyalSecretaries } from './replay';
import { fill, pick, type Values } from './template';

type ParagraphId = keyof EssayFacts['content']['essays']['paragraphs'];

/** The largest movers of Stalin's position among the steps, at most n, in the order they happened. */
export function biggest(steps: Step[], n: number, by: (s: Step) => number = (s) => Math.abs(s.delta.stalin)): Step[] {
  return [...steps].filter((s) => by(s) > 0.05).sort((a, b) => by(b) - by(a) || a.index - b.index).slice(0, n).sort((a, b) => a.index - b.index);
}

/** A paragraph's texts from the file, with helpers that fill them and name their place in errors. */
function paragraphText(f: EssayFacts, id: ParagraphId) {
  const def: EssayParagraphDef = f.content.essays.paragraphs[id];
  const where = `essays.paragraphs.${id}`;
  const line = (key: string, values: Values = {}): string => {
    const t = def.lines[key];
    if (t === undefined) throw new Error(`scenarios/debrief.yaml: ${where}.lines has no text "${key}"`);
    return fill(t, values, `${where}.lines.${key}`);
  };
  const build = (evidence: string[], counterKey = '', counterValues: Values = {}, marks: 8 | 22 = 22): EssayParagraph => ({
    factor: typeof def.factor === 'string' ? def.factor : marks === 8 ? def.factor.eight : def.factor.twentyTwo,
    point: def.point,
    evidence,
    counter: fill(pick(def.counter, counterKey, `${where}.counter`), counterValues, `${where}.counter`),
    judgement: def.judgement,
  });
  const milestones = f.milestones.filter((m) => m.tags.some((t) => def.milestones.includes(t)));
  const votes = f.heldVotes.filter((v) => v.tags.some((t) => def.votes.includes(t)));
  return { line, build, milestones, votes };
}

const steps = (f: EssayFacts, n: number, list: Step[]): string[] => biggest(list, n).map((s) => stepLine(s, f.content, f.sc.calendar));
const votes = (f: EssayFacts, list: VoteLedger[]): string[] => list.map((v) => voteLine(v, f.content));

function apparatusParagraph(f: EssayFacts): EssayParagraph {
  const p = paragraphText(f, 'apparatus');
  const ends = f.d.steps.filter((s) => s.kind === 'turn-end');
  const appointing = f.d.steps.filter(
    (s) => s.kind !== 'turn-end' && (s.influences.includes('secretaries') || s.effects.some((k) => ['appointments', 'secretaries', 'enrolment', 'apparatusShare', 'machine'].includes(k))),
  );
  const loyalId = f.sc.groupIds.secretaries.stalin;
  const ledger = f.heldVotes
    .filter((v) => v.body !== 'politburo')
    .flatMap((v) => v.blocs.filter((b) => b.bloc === loyalId).map((b) => ({ v, b })))
    .slice(0, 3)
    .map(({ v, b }) => p.line('ledger', blocValues(v, b, f.content.words)));
  const evidence = [
    p.line('change', { change: pointsWord(f.d.figures.byCause.appointments), halfYears: ends.length }),
    p.line('secretaries', { start: f.startSecretaries, total: f.state.secretaries.length, end: stalinLoyalSecretaries(f.state) }),
    ...ledger,
    ...steps(f, 2, appointing),
  ];
  const machines = new Set(f.sc.campaign.machines.map((m) => m.id));
  const resisting = f.heldVotes
    .flatMap((v) => v.blocs.filter((b) => machines.has(b.bloc) && b.against > b.for).map((b) => ({ v, b })))
    .find(({ v }) => v.sponsorCamps.includes('stalin'));
  return resisting ? p.build(evidence, 'resisting', blocValues(resisting.v, resisting.b, f.content.words)) : p.build(evidence, 'otherwise');
}

function rivalsParagraph(f: EssayFacts, marks: 8 | 22): EssayParagraph {
  const p = paragraphText(f, 'rivals');
  const trotskySteps = f.d.steps.filter((s) => s.kind === 'decision' && s.role === 'trotsky');
  const moves = [...f.d.timeline, ...f.d.rivalMoves].filter((t) => t.role === 'trotsky').sort((a, b) => a.turn - b.turn);
  const kept = moves.filter((t) => t.matched).length;
  const rivalsVotes = f.heldVotes.filter((v) => v.sponsorCamps.length > 0 && !v.sponsorCamps.includes('stalin'));
  const corrected = f.corrected.length ? { player: f.trotskyPlayer, corrected: correctedText(f) } : { player: '', corrected: '' };
  const m = f.d.figures.byCause;
  const evidence = [
    moves.length ? p.line('moves', { count: moves.length, kept, changed: moves.length - kept, ...corrected }) : p.line('noMoves'),
    p.line('total', { change: pointsWord(m.trotskyDecisions) }),
    ...steps(f, marks === 8 ? 3 : 4, trotskySteps),
    ...rivalsVotes.slice(0, 2).map((v) => p.line('divided', { ...voteValues(v, f.content.words), sponsors: v.sponsors, target: v.target })),
    ...p.milestones.slice(0, 3).map((x) => milestoneLine(x, f.content)),
  ];
  const counter = Math.abs(m.appointments) > Math.abs(m.trotskyDecisions) ? 'structure' : 'decisions';
  return p.build(evidence, counter, { trotsky: pointsWord(m.trotskyDecisions), appointments: pointsWord(m.appointments) }, marks);
}

function zinovievRightParagraph(f: EssayFacts): EssayParagraph {
  const p = paragraphText(f, 'zinovievRight');
  const against = (camp: Camp) => f.heldVotes.filter((v) => v.targetCamp === camp);
  const evidence = [
    ...votes(f, against('zinoviev').slice(0, 2)),
    ...votes(f, against('bukharin').slice(0, 2)),
    ...p.milestones.map((x) => milestoneLine(x, f.content)),
  ];
  if (evidence.length === 0) evidence.push(p.line('none'));
  return p.build(evidence);
}

function skillParagraph(f: EssayFacts): EssayParagraph {
  const p = paragraphText(f, 'skill');
  const stalinSteps = f.d.steps.filter((s) => s.kind === 'decision' && s.role === 'stalin');
  return p.build([p.line('total', { change: pointsWord(f.d.figures.byCause.stalinDecisions) }), ...steps(f, 4, stalinSteps)]);
}

function ideasParagraph(f: EssayFacts): EssayParagraph {
  const p = paragraphText(f, 'ideas');
  const policySteps = f.d.steps.filter((s) => s.kind !== 'vote' && s.effects.includes('policy'));
  const moodSteps = policySteps.length ? policySteps : f.d.steps.filter((s) => s.influences.includes('mood') && s.kind !== 'turn-end');
  return p.build([...steps(f, 3, moodSteps), ...votes(f, p.votes.slice(0, 2))]);
}

function legacyParagraph(f: EssayFacts): EssayParagraph {
  const p = paragraphText(f, 'legacy');
  const heirSteps = f.d.steps.filter((s) => s.influences.includes('heir'));
  const enrol = enrolmentLines(f).slice(0, 2).map(({ vote, line }) => fill(f.content.lines.blocVote, blocValues(vote, line, f.content.words), 'lines.blocVote'));
  return p.build([...steps(f, 3, heirSteps), ...votes(f, p.votes), ...enrol]);
}

function contingencyParagraph(f: EssayFacts): EssayParagraph {
  const p = paragraphText(f, 'contingency');
  const events = f.d.steps.filter((s) => s.kind === 'event');
  return p.build(
    [
      ...f.closeVotes.slice(0, 3).map((v) => p.line('close', { vote: voteLine(v, f.content), margin: Math.abs(v.margin).toFixed(1) })),
      ...steps(f, 3, events),
      p.line('total', { change: pointsWord(f.d.figures.byCause.events) }),
    ],
    f.closeVotes.length === 0 ? 'noClose' : 'close',
  );
}

/** The sentence on Trotsky's corrected choices in the 22-mark conclusion ('' when there is nothing to say). */
function correctedNote(f: EssayFacts): string {
  const texts = f.content.essays.corrected;
  const result = f.stalinWon ? f.content.words.stillWon : f.content.words.didNotWin;
  const values = { count: f.corrected.length, player: f.trotskyPlayer, result };
  if (f.d.role === 'trotsky') return f.corrected.length ? fill(texts.youCorrected, values, 'essays.corrected.youCorrected') : texts.youKept;
  return f.corrected.length ? fill(texts.rivalCorrected, values, 'essays.corrected.rivalCorrected') : '';
}

export function essaysOf(f: EssayFacts): EssayPlan[] {
  const m = f.d.figures.byCause;
  const e = f.content.essays;
  const sizeOf = (list: Step[]) => list.reduce((a, s) => a + Math.abs(s.delta.stalin), 0);
  const third = [
    { p: skillParagraph(f), size: Math.abs(m.stalinDecisions) },
    { p: legacyParagraph(f), size: sizeOf(f.d.steps.filter((s) => s.influences.includes('heir'))) },
    { p: ideasParagraph(f), size: sizeOf(f.d.steps.filter((s) => s.kind !== 'vote' && s.effects.includes('policy'))) },
  ].sort((a, b) => b.size - a.size)[0].p;
  const measuredValues = { trotsky: pointsWord(m.trotskyDecisions), stalin: pointsWord(m.stalinDecisions), appointments: pointsWord(m.appointments), events: pointsWord(m.events), votes: pointsWord(m.votes) };
  const measured = fill(e.measured, measuredValues, 'essays.measured');
  const outcome = f.stalinWon ? e.outcome.won : fill(e.outcome.lost, { ending: winnerText(f) }, 'essays.outcome.lost');
  const eight: EssayPlan = {
    marks: 8,
    question: f.content.questions.eight,
    guidance: e.eight.guidance,
    paragraphs: [apparatusParagraph(f), rivalsParagraph(f, 8), third],
    conclusion: fill(e.eight.conclusion, { outcome, measured }, 'essays.eight.conclusion'),
  };
  const twentyTwo: EssayPlan = {
    marks: 22,
    question: f.content.questions.twentyTwo,
    guidance: e.twentyTwo.guidance,
    introduction: e.twentyTwo.introduction,
    paragraphs: [rivalsParagraph(f, 22), zinovievRightParagraph(f), apparatusParagraph(f), skillParagraph(f), ideasParagraph(f), legacyParagraph(f), contingencyParagraph(f)],
    conclusion: fill(e.twentyTwo.conclusion, { outcome, corrected: correctedNote(f), measured }, 'essays.twentyTwo.conclusion'),
  };
  return [eight, twentyTwo];
}
