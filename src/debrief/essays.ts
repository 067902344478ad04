// The essay planners: the 8-mark and 22-mark questions, each paragraph filled with evidence from this game.
import type { Camp } from '../scenario/schema';
import { turnName } from '../scenario/turns';
import { pointsWord, tallyText } from '../scenario/words';
import { ESSAY_22_QUESTION, ESSAY_8_QUESTION, type EssayFacts, type EssayParagraph, type EssayPlan, type MilestoneEntry, type Step, type VoteLedger } from './types';
import { correctedText, enrolmentLines, winnerText } from './historians';
import { stalinLoyalSecretaries } from './replay';

export function milestoneLine(m: MilestoneEntry): string {
  return m.game
    ? `${m.title}: ${m.game.when} in your game (in history: ${m.history.date})`
    : `${m.title}: ${m.ended ? 'your game had ended before then' : 'did not happen in your game'} (in history: ${m.history.date})`;
}

export function stepLine(s: Step): string {
  return `${turnName(s.turn)}: ${s.title}${s.actor && s.kind === 'decision' ? ` (${s.actor})` : ''} — Stalin's position ${pointsWord(s.delta.stalin)}`;
}

export function voteLine(v: VoteLedger): string {
  return `${v.title} (${v.date}): ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)} (needed ${Math.round(v.threshold * 100)}%)`;
}

export function biggest(steps: Step[], n: number, by: (s: Step) => number = (s) => Math.abs(s.delta.stalin)): Step[] {
  return [...steps].filter((s) => by(s) > 0.05).sort((a, b) => by(b) - by(a) || a.index - b.index).slice(0, n).sort((a, b) => a.index - b.index);
}

export function apparatusParagraph(f: EssayFacts): EssayParagraph {
  const ends = f.d.steps.filter((s) => s.kind === 'turn-end');
  const appointing = f.d.steps.filter(
    (s) => s.kind !== 'turn-end' && (s.influences.includes('secretaries') || s.effects.some((k) => ['appointments', 'secretaries', 'enrolment', 'apparatusShare', 'machine'].includes(k))),
  );
  const loyalId = f.sc.groupIds.secretaries.stalin;
  const ledger = f.heldVotes
    .filter((v) => v.body !== 'politburo')
    .flatMap((v) => v.blocs.filter((b) => b.bloc === loyalId).map((b) => ({ v, b })))
    .slice(0, 3)
    .map(({ v, b }) => `${v.title} (${v.date}), ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}: ${b.name} voted ${b.for} for, ${b.against} against`);
  const evidence = [
    `The Secretariat's appointments and the Party's growth changed Stalin's position by ${pointsWord(f.d.measures.appointments)} over ${ends.length} half-year${ends.length === 1 ? '' : 's'}.`,
    `Regional secretaries loyal to Stalin: ${f.startSecretaries} of ${f.state.secretaries.length} when play began, ${stalinLoyalSecretaries(f.state)} at the end.`,
    ...ledger,
    ...biggest(appointing, 2).map(stepLine),
  ];
  const machines = new Set(f.sc.campaign.machines.map((m) => m.id));
  const resisting = f.heldVotes
    .flatMap((v) => v.blocs.filter((b) => machines.has(b.bloc) && b.against > b.for).map((b) => ({ v, b })))
    .find(({ v }) => v.sponsorCamps.includes('stalin'));
  return {
    factor: 'Control of the party apparatus',
    point:
      'As General Secretary Stalin appointed the regional secretaries, who chose most congress delegates; the Congress elected the Central Committee, which elected the Politburo (the "circular flow of power"). The votes that removed his rivals were largely won before they were held.',
    evidence,
    counter: resisting
      ? `The apparatus did not deliver every vote: in the vote "${resisting.v.title}" (${resisting.v.date}) ${resisting.b.name} voted ${resisting.b.for} for and ${resisting.b.against} against. A machine with its own boss could resist until it was captured.`
      : 'The apparatus was a tool, not a destiny: appointments gave Stalin delegates, but he still had to choose allies and motions, and his rivals could have used the same machine against him in 1923–24.',
    judgement: 'Was control of appointments a cause of victory in itself, or the means by which Stalin cashed in his other advantages?',
  };
}

export function rivalsParagraph(f: EssayFacts, marks: 8 | 22): EssayParagraph {
  const trotskySteps = f.d.steps.filter((s) => s.kind === 'decision' && s.role === 'trotsky');
  const moves = [...f.d.timeline, ...f.d.rivalMoves].filter((t) => t.role === 'trotsky').sort((a, b) => a.turn - b.turn);
  const kept = moves.filter((t) => t.matched).length;
  const rivalsVotes = f.heldVotes.filter((v) => v.sponsorCamps.length > 0 && !v.sponsorCamps.includes('stalin'));
  const evidence = [
    moves.length
      ? `Trotsky took ${moves.length} decision${moves.length === 1 ? '' : 's'} in this game; ${kept} as he really did, ${moves.length - kept} differently${f.corrected.length ? ` (played by ${f.trotskyPlayer}: ${correctedText(f)})` : ''}.`
      : 'Trotsky took no decisions in the half-years played.',
    `Together Trotsky's decisions changed Stalin's position by ${pointsWord(f.d.measures.trotskyDecisions)}.`,
    ...biggest(trotskySteps, marks === 8 ? 3 : 4).map(stepLine),
    ...rivalsVotes.slice(0, 2).map((v) => `The rivals divided: ${v.sponsors} brought ${v.title} against ${v.target} (${v.date}) — ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}.`),
    ...f.milestones.filter((m) => /trotsky|zinoviev/.test(m.id)).slice(0, 3).map(milestoneLine),
  ];
  const structural = f.d.measures.appointments;
  return {
    factor: marks === 8 ? 'The mistakes and divisions of his rivals' : "The rivals' mistakes: Trotsky",
    point:
      "Trotsky missed Lenin's funeral, kept silent about the Testament, attacked Zinoviev and Kamenev in Lessons of October and gave up the War Commissariat without a fight; his rivals fought Stalin one at a time instead of together.",
    evidence,
    counter:
      Math.abs(structural) > Math.abs(f.d.measures.trotskyDecisions)
        ? `Yet in this game Trotsky's decisions moved Stalin's position by ${pointsWord(f.d.measures.trotskyDecisions)} in all, against ${pointsWord(structural)} from the appointments: the mistakes may have decided only the timing.`
        : `In this game Trotsky's decisions moved Stalin's position (${pointsWord(f.d.measures.trotskyDecisions)}) more than the appointments did (${pointsWord(structural)}) — but ask whether Trotsky's choices were free, or forced by a Party already turned against "factionalism".`,
    judgement: "Did the rivals' mistakes cause their defeat, or only decide when and how it came?",
  };
}

export function zinovievRightParagraph(f: EssayFacts): EssayParagraph {
  const against = (camp: Camp) => f.heldVotes.filter((v) => v.targetCamp === camp);
  const evidence = [
    ...against('zinoviev').slice(0, 2).map(voteLine),
    ...against('bukharin').slice(0, 2).map(voteLine),
    ...f.milestones.filter((m) => /zinoviev|kamenev|bukharin/.test(m.id)).map(milestoneLine),
  ];
  if (evidence.length === 0) evidence.push('No vote against Zinoviev, Kamenev or the Right was held in the half-years played: use the lesson or the campaign that reaches 1925–29.');
  return {
    factor: "The rivals' mistakes: Zinoviev, Kamenev and the Right",
    point:
      'Zinoviev and Kamenev helped Stalin isolate Trotsky in 1923–25 and then attacked Stalin too late, from Leningrad alone; Bukharin backed Stalin against the Left and was then outvoted on grain and industry.',
    evidence,
    counter:
      'Their "mistakes" were choices made within a Party that banned factions (1921): each side that opposed the majority was branded a faction, whoever it was.',
    judgement: 'Were the rivals defeated by their own errors, or by a rule of the game (the ban on factions) that always favoured the majority?',
  };
}

export function skillParagraph(f: EssayFacts): EssayParagraph {
  const stalinSteps = f.d.steps.filter((s) => s.kind === 'decision' && s.role === 'stalin');
  return {
    factor: "Stalin's skill and tactics",
    point:
      'Stalin played the moderate: he offered to resign, swore the funeral oath, sided with Zinoviev against Trotsky and with Bukharin against Zinoviev, and packed the Politburo once his rivals were divided.',
    evidence: [
      `Stalin's decisions changed his own position by ${pointsWord(f.d.measures.stalinDecisions)} in this game.`,
      ...biggest(stalinSteps, 4).map(stepLine),
    ],
    counter: 'Skill is hard to separate from opportunity: a General Secretary with the appointments could afford to wait and let his rivals attack first.',
    judgement: "How much of Stalin's victory was tactical skill, and how much the position he held?",
  };
}

export function ideasParagraph(f: EssayFacts): EssayParagraph {
  const policySteps = f.d.steps.filter((s) => s.kind !== 'vote' && s.effects.includes('policy'));
  const moodSteps = policySteps.length ? policySteps : f.d.steps.filter((s) => s.influences.includes('mood') && s.kind !== 'turn-end');
  const policyVotes = f.heldVotes.filter((v) => /fourteenth|fifteenth|emergency|april-1929/.test(v.id));
  return {
    factor: 'Ideology and policy',
    point:
      'Socialism in One Country offered the Party confidence and the rank and file a national goal; Trotsky\'s Permanent Revolution sounded like adventure. Stalin defended NEP with the Right until 1927, then took the Left\'s industry drive once the Left was gone.',
    evidence: [...biggest(moodSteps, 3).map(stepLine), ...policyVotes.slice(0, 2).map(voteLine)],
    counter: 'Policy followed power: Stalin changed policy in 1928 without losing votes, which suggests the apparatus, not the programme, held his majority.',
    judgement: 'Did members choose Stalin for his ideas, or accept his ideas because he had won?',
  };
}

export function legacyParagraph(f: EssayFacts): EssayParagraph {
  const heirSteps = f.d.steps.filter((s) => s.influences.includes('heir'));
  const testament = f.heldVotes.filter((v) => /testament/.test(v.id));
  const enrol = enrolmentLines(f).slice(0, 2).map(({ vote, line }) => `${vote.title} (${vote.date}): ${line.name} ${line.for} for, ${line.against} against`);
  return {
    factor: "Lenin's legacy: the Testament and the Lenin Enrolment",
    point:
      "Lenin's Testament asked for Stalin's removal, but it was read only to the delegations; the funeral cult and the Lenin Enrolment brought hundreds of thousands of new members who learnt their politics from the secretaries.",
    evidence: [...biggest(heirSteps, 3).map(stepLine), ...testament.map(voteLine), ...enrol],
    counter: 'The Testament criticised every leader, not only Stalin; and recent studies (Siegelbaum, Hatch) warn that the Lenin Enrolment was not simply "swamping" by the apparatus.',
    judgement: "Was Stalin's survival of the Testament a stroke of luck or the product of his rivals' own choices?",
  };
}

export function contingencyParagraph(f: EssayFacts): EssayParagraph {
  const events = f.d.steps.filter((s) => s.kind === 'event');
  return {
    factor: 'Luck and contingency',
    point:
      "Chance played its part: Lenin's strokes came just after Stalin's appointment, Trotsky was ill in 1923–24 and far from Moscow when Lenin died, Frunze died in 1925.",
    evidence: [
      ...f.closeVotes.slice(0, 3).map((v) => `${voteLine(v)} — ${Math.abs(v.margin).toFixed(1)} points from the threshold`),
      ...biggest(events, 3).map(stepLine),
      `Events changed Stalin's position by ${pointsWord(f.d.measures.events)} in this game.`,
    ],
    counter:
      f.closeVotes.length === 0
        ? 'No vote in this game was close: luck can explain a moment, not a six-year run of victories.'
        : 'A close vote shows that a moment could have gone either way; ask whether the next vote would have reversed it.',
    judgement: 'Did luck decide the struggle, or only the speed of Stalin\'s rise (Kotkin)?',
  };
}

export function essaysOf(f: EssayFacts): EssayPlan[] {
  const m = f.d.measures;
  const won = f.stalinWon;
  const third = [
    { p: skillParagraph(f), size: Math.abs(m.stalinDecisions) },
    { p: legacyParagraph(f), size: f.d.steps.filter((s) => s.influences.includes('heir')).reduce((a, s) => a + Math.abs(s.delta.stalin), 0) },
    { p: ideasParagraph(f), size: f.d.steps.filter((s) => s.kind !== 'vote' && s.effects.includes('policy')).reduce((a, s) => a + Math.abs(s.delta.stalin), 0) },
  ].sort((a, b) => b.size - a.size)[0].p;
  const measured = `Trotsky's decisions ${pointsWord(m.trotskyDecisions)}, Stalin's decisions ${pointsWord(m.stalinDecisions)}, appointments and recruitment ${pointsWord(m.appointments)}, events ${pointsWord(m.events)}, votes ${pointsWord(m.votes)}`;
  const outcome = won
    ? 'In your game Stalin won as in history.'
    : `In your game Stalin did not win (${winnerText(f)}): use it as a counterfactual — what did it take to stop him?`;
  const eight: EssayPlan = {
    marks: 8,
    question: ESSAY_8_QUESTION,
    guidance: 'Explain two or three reasons, each with precise evidence, and show how they are linked. The evidence below is from your game; check it against what really happened (the dates in brackets).',
    paragraphs: [apparatusParagraph(f), rivalsParagraph(f, 8), third],
    conclusion: `${outcome} Link the reasons: how did the apparatus turn the rivals' mistakes into votes? In this game the changes to Stalin's position were: ${measured}.`,
  };
  const correctedNote =
    f.d.role === 'trotsky'
      ? f.corrected.length
        ? ` You corrected ${f.corrected.length} of Trotsky's historical choices; Stalin ${won ? 'still won' : 'did not win'}.`
        : " You played Trotsky's historical choices; compare a game where you avoid them."
      : f.corrected.length
        ? ` Your rival Trotsky (${f.trotskyPlayer}) avoided ${f.corrected.length} of his historical choices; Stalin ${won ? 'still won' : 'did not win'}.`
        : '';
  const twentyTwo: EssayPlan = {
    marks: 22,
    question: ESSAY_22_QUESTION,
    guidance: "Reach a supported judgement on 'how far': weigh the rivals' mistakes against other factors, use historians' views, and decide which mattered most and why.",
    introduction:
      "Set out the debate: the rivals' mistakes (Deutscher, Service, Haslam) against structure — the apparatus and the circular flow of power (Carr, Daniels) — and contingency (Kotkin). State your line of argument.",
    paragraphs: [rivalsParagraph(f, 22), zinovievRightParagraph(f), apparatusParagraph(f), skillParagraph(f), ideasParagraph(f), legacyParagraph(f), contingencyParagraph(f)],
    conclusion: `How far? ${outcome}${correctedNote} Measured in this game, the changes to Stalin's position were: ${measured}. Weigh the rivals' mistakes against the rest, and test your judgement in the Counterfactual Lab: the Shapley values of Trotsky's mistakes against the structural switches, under each historian's lens.`,
  };
  return [eight, twentyTwo];
}
