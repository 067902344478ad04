// The schema of scenarios/debrief.yaml: the debrief's historian rules and essay prose, as data. The tests a
// rule may name are listed here with the numbers each takes; what they measure is in src/debrief.
import { z } from 'zod';
import { campSchema, idSchema } from './schema';

const text = z.string().min(1);
const share = z.number().gt(0).lt(1);
const count = z.number().int().min(1);

/** The tests of a game that a historian rule can name, with their numbers. */
export const ruleTestSchema = z.discriminatedUnion('test', [
  z.object({ test: z.literal('trotsky-corrected'), atLeast: count, stalin: z.enum(['won', 'lost']) }).strict(),
  z.object({ test: z.literal('lost-with-apparatus') }).strict(),
  z.object({ test: z.literal('appointments-outweigh-decisions') }).strict(),
  z.object({ test: z.literal('decisions-outweigh-appointments') }).strict(),
  z.object({ test: z.literal('trotsky-historical-gain'), atLeast: z.number().min(0), show: count }).strict(),
  z.object({ test: z.literal('close-votes') }).strict(),
  z.object({ test: z.literal('no-close-vote'), atLeast: count, within: z.number().gt(0) }).strict(),
  z.object({ test: z.literal('votes-diverged') }).strict(),
  z.object({ test: z.literal('winner'), camp: campSchema }).strict(),
  z.object({ test: z.literal('enrolment-split'), share, show: count }).strict(),
  z.object({ test: z.literal('enrolment-solid'), share, show: count }).strict(),
  z.object({ test: z.literal('top-cause-below'), share }).strict(),
  z.object({ test: z.literal('top-cause-above'), share }).strict(),
]);

export const historianRuleSchema = z
  .object({
    id: idSchema,
    lens: idSchema,
    verdict: z.enum(['supports', 'challenges']),
    when: ruleTestSchema,
    rule: text,
    evidence: text,
    /** The pattern of each listed vote or choice, for tests that list them. */
    item: text.optional(),
  })
  .strict();

const paragraphSchema = z
  .object({
    factor: z.union([text, z.object({ eight: text, twentyTwo: text }).strict()]),
    point: text,
    lines: z.record(z.string(), text).default({}),
    milestones: z.array(idSchema).default([]),
    votes: z.array(idSchema).default([]),
    counter: z.union([text, z.record(z.string(), text)]),
    judgement: text,
  })
  .strict();

const PARAGRAPHS = ['apparatus', 'rivals', 'zinovievRight', 'skill', 'ideas', 'legacy', 'contingency'] as const;

export const debriefContentSchema = z
  .object({
    questions: z.object({ eight: text, twentyTwo: text }).strict(),
    closeVotePoints: z.number().gt(0),
    correctedShown: count,
    words: z.object({ carried: text, defeated: text, above: text, below: text, stillWon: text, didNotWin: text }).strict(),
    causes: z.object({ appointments: text, stalinDecisions: text, trotskyDecisions: text, events: text, votes: text }).strict(),
    lines: z
      .object({
        winner: text,
        noEnding: text,
        corrected: text,
        others: text,
        share: text,
        step: text,
        vote: text,
        blocVote: text,
        milestoneHappened: text,
        milestoneEnded: text,
        milestoneMissed: text,
      })
      .strict(),
    historians: z.array(historianRuleSchema).min(1),
    essays: z
      .object({
        eight: z.object({ guidance: text, conclusion: text }).strict(),
        twentyTwo: z.object({ guidance: text, introduction: text, conclusion: text }).strict(),
        measured: text,
        outcome: z.object({ won: text, lost: text }).strict(),
        corrected: z.object({ youCorrected: text, youKept: text, rivalCorrected: text }).strict(),
        paragraphs: z.object(Object.fromEntries(PARAGRAPHS.map((p) => [p, paragraphSchema])) as Record<(typeof PARAGRAPHS)[number], typeof paragraphSchema>).strict(),
      })
      .strict(),
  })
  .strict();

export type DebriefContent = z.infer<typeof debriefContentSchema>;
export type HistorianRuleDef = z.infer<typeof historianRuleSchema>;
export type RuleTest = z.infer<typeof ruleTestSchema>;
export type EssayParagraphDef = z.infer<typeof paragraphSchema>;

