// The shape of scenario data. YAML files in scenarios/ are checked against these zod schemas and become
// typed, validated data; nothing else in the game reads raw YAML. Ids are stable kebab-case strings.
import { z } from 'zod';
import { isDay } from './days';

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id such as "lenin-enrolment"');

/** A half-year turn label: 1923H1 is January–June 1923, 1923H2 is July–December. */
export const turnLabelSchema = z
  .string()
  .regex(/^19[12][0-9]H[12]$/, 'must be a half-year such as "1926H2"');

/** The day a moment happened or began, or, where sources give only a month, the day the scenario assumes. */
export const daySchema = z.string().refine(isDay, 'must be a real day written as YYYY-MM-DD, such as "1924-01-21"');

/** For a moment with a window of turns: its day in each later turn of the window. */
const dayInSchema = z.record(turnLabelSchema, daySchema);

export const CAMPS = ['stalin', 'trotsky', 'zinoviev', 'bukharin'] as const;
export const campSchema = z.enum(CAMPS);
export const ROLES = ['stalin', 'trotsky'] as const;
export const roleSchema = z.enum(ROLES);
export const STATUSES = ['active', 'removed', 'expelled', 'exiled', 'dead'] as const;
export const statusSchema = z.enum(STATUSES);
export const BODIES = ['politburo', 'cc', 'conference', 'congress'] as const;

/** A key of scenarios/sources.yaml, the bibliography (checked against it when the catalogue loads). */
export const sourceKeySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a key of scenarios/sources.yaml such as "kotkin-2014"');

/** Where a statement comes from: the date it refers to and the works it rests on (bibliography keys). */
export const noteSchema = z
  .object({
    text: z.string().min(20, 'a historical note needs a full sentence'),
    date: z.coerce.string().min(4),
    sources: z.array(sourceKeySchema).min(1),
  })
  .strict();

const leaderRef = idSchema;

export type Condition = {
  flag?: string | string[];
  notFlag?: string | string[];
  dominant?: (typeof CAMPS)[number] | 'collective';
  role?: (typeof ROLES)[number];
  allied?: [(typeof CAMPS)[number], (typeof CAMPS)[number]];
  notAllied?: [(typeof CAMPS)[number], (typeof CAMPS)[number]];
  holds?: { leader: string; post: string };
  lacks?: { leader: string; post: string };
  status?: { leader: string; is: (typeof STATUSES)[number] | (typeof STATUSES)[number][] };
  inPolitburo?: string;
  notInPolitburo?: string;
  /** A leader's Politburo seat: full member, candidate, or none. */
  seat?: { leader: string; is: Seat | Seat[] };
  notDominant?: (typeof CAMPS)[number] | 'collective';
  any?: Condition[];
};

export const SEATS = ['full', 'candidate', 'none'] as const;
export type Seat = (typeof SEATS)[number];
const seatSchema = z.enum(SEATS);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .object({
      flag: z.union([idSchema, z.array(idSchema)]).optional(),
      notFlag: z.union([idSchema, z.array(idSchema)]).optional(),
      dominant: z.union([campSchema, z.literal('collective')]).optional(),
      role: roleSchema.optional(),
      allied: z.tuple([campSchema, campSchema]).optional(),
      notAllied: z.tuple([campSchema, campSchema]).optional(),
      holds: z.object({ leader: leaderRef, post: idSchema }).strict().optional(),
      lacks: z.object({ leader: leaderRef, post: idSchema }).strict().optional(),
      status: z
        .object({ leader: leaderRef, is: z.union([statusSchema, z.array(statusSchema)]) })
        .strict()
        .optional(),
      inPolitburo: leaderRef.optional(),
      notInPolitburo: leaderRef.optional(),
      seat: z.object({ leader: leaderRef, is: z.union([seatSchema, z.array(seatSchema)]) }).strict().optional(),
      notDominant: z.union([campSchema, z.literal('collective')]).optional(),
      any: z.array(conditionSchema).optional(),
    })
    .strict(),
);

const signedNumber = z.number().min(-100).max(100);
const attrChange = z.object({ leader: leaderRef, delta: signedNumber }).strict();

export type Effect =
  | { prestige: { leader: string; delta: number } }
  | { heir: { leader: string; delta: number } }
  | { stigma: { leader: string; delta: number } }
  | { mood: { bloc: string; camp: (typeof CAMPS)[number]; delta: number } }
  | { ally: [(typeof CAMPS)[number], (typeof CAMPS)[number]] }
  | { split: [(typeof CAMPS)[number], (typeof CAMPS)[number]] }
  | { post: { post: string; holder: string | null } }
  | { status: { leader: string; is: (typeof STATUSES)[number] } }
  | { politburo: { add?: string; candidate?: string; remove?: string } }
  | { camp: { leader: string; is: (typeof CAMPS)[number] } }
  | { appointments: { factor: number; turns: number } }
  | { secretaries: { camp: (typeof CAMPS)[number]; count: number } }
  | { enrolment: { members: number } }
  | { apparatusShare: number }
  | { machine: { id: string; boss: string } }
  | { policy: { camp: (typeof CAMPS)[number]; nep?: number; world?: number } }
  | { flag: string }
  | { unflag: string }
  | { milestone: string }
  | { chance: { p: number; boost?: { leader: string; per: number }; then: Effect[]; else: Effect[] } }
  | { if: { when: Condition; then: Effect[]; else?: Effect[] } };

export const effectSchema: z.ZodType<Effect> = z.lazy(() =>
  z.union([
    z.object({ prestige: attrChange }).strict(),
    z.object({ heir: attrChange }).strict(),
    z.object({ stigma: attrChange }).strict(),
    z
      .object({ mood: z.object({ bloc: idSchema, camp: campSchema, delta: z.number().min(-5).max(5) }).strict() })
      .strict(),
    z.object({ ally: z.tuple([campSchema, campSchema]) }).strict(),
    z.object({ split: z.tuple([campSchema, campSchema]) }).strict(),
    z.object({ post: z.object({ post: idSchema, holder: leaderRef.nullable() }).strict() }).strict(),
    z.object({ status: z.object({ leader: leaderRef, is: statusSchema }).strict() }).strict(),
    z
      .object({
        politburo: z
          .object({ add: leaderRef.optional(), candidate: leaderRef.optional(), remove: leaderRef.optional() })
          .strict()
          .refine((p) => p.add !== undefined || p.candidate !== undefined || p.remove !== undefined, 'needs "add", "candidate" or "remove"')
          .refine((p) => new Set([p.add, p.candidate, p.remove].filter(Boolean)).size === [p.add, p.candidate, p.remove].filter(Boolean).length, {
            message: 'names the same leader twice: a leader can be added, made a candidate or removed, not two of these at once',
          }),
      })
      .strict(),
    z.object({ camp: z.object({ leader: leaderRef, is: campSchema }).strict() }).strict(),
    z
      .object({
        appointments: z.object({ factor: z.number().min(0).max(5), turns: z.number().int().min(1).max(14) }).strict(),
      })
      .strict(),
    z
      .object({ secretaries: z.object({ camp: campSchema, count: z.number().int().min(-40).max(40) }).strict() })
      .strict(),
    z.object({ enrolment: z.object({ members: z.number().int().min(0).max(2000000) }).strict() }).strict(),
    z.object({ apparatusShare: z.number().min(-0.3).max(0.3) }).strict(),
    z.object({ machine: z.object({ id: idSchema, boss: leaderRef }).strict() }).strict(),
    z
      .object({
        policy: z
          .object({ camp: campSchema, nep: z.number().min(-1).max(1).optional(), world: z.number().min(-1).max(1).optional() })
          .strict(),
      })
      .strict(),
    z.object({ flag: idSchema }).strict(),
    z.object({ unflag: idSchema }).strict(),
    z.object({ milestone: idSchema }).strict(),
    z
      .object({
        chance: z
          .object({
            p: z.number().min(0).max(1),
            boost: z.object({ leader: leaderRef, per: z.number().min(-0.05).max(0.05) }).strict().optional(),
            then: z.array(effectSchema),
            else: z.array(effectSchema),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        if: z
          .object({ when: conditionSchema, then: z.array(effectSchema), else: z.array(effectSchema).optional() })
          .strict(),
      })
      .strict(),
  ]),
);

export const optionSchema = z
  .object({
    id: idSchema,
    label: z.string().min(3).max(80),
    text: z.string().min(10),
    historical: z.boolean().default(false),
    effects: z.array(effectSchema).default([]),
    outcome: z.string().min(10),
  })
  .strict();

export const decisionSchema = z
  .object({
    id: idSchema,
    role: roleSchema,
    turn: turnLabelSchema,
    /** Last turn of the decision's window: it is taken in the first turn from "turn" on whose conditions hold. */
    until: turnLabelSchema.optional(),
    day: daySchema,
    dayIn: dayInSchema.optional(),
    title: z.string().min(3).max(90),
    prompt: z.string().min(20),
    requires: conditionSchema.optional(),
    options: z.array(optionSchema).min(2).max(4),
    note: noteSchema,
  })
  .strict()
  .refine((d) => d.options.filter((o) => o.historical).length === 1, {
    message: 'exactly one option must be marked historical: true',
    path: ['options'],
  });

export const eventSchema = z
  .object({
    id: idSchema,
    turn: turnLabelSchema,
    /** Last turn of the event's window: it happens once, in the first turn from "turn" on whose conditions hold. */
    until: turnLabelSchema.optional(),
    day: daySchema,
    dayIn: dayInSchema.optional(),
    title: z.string().min(3).max(90),
    kind: z.enum(['telegram', 'minutes', 'newspaper', 'report']).default('report'),
    text: z.string().min(20),
    requires: conditionSchema.optional(),
    /** The first plenum after a Congress: the new Central Committee elects the Politburo, before the effects. */
    politburoElection: z.object({ vote: idSchema, size: z.number().int().min(5).max(15) }).strict().optional(),
    effects: z.array(effectSchema).default([]),
    note: noteSchema,
  })
  .strict();

/**
 * The words of a vote for a situation the game can reach: the first variant whose premises hold on the vote's
 * day replaces the fields it gives. The motion's sponsor, target and effects stay those of the vote.
 */
export const voteTextSchema = z
  .object({
    id: idSchema,
    requires: conditionSchema,
    title: z.string().min(3).max(90).optional(),
    motion: z.string().min(10).optional(),
    /** Replaces the "In history" line: in a branch it still tells what really happened, and says the vote is not history. */
    summary: z.string().min(10).optional(),
    note: noteSchema.optional(),
  })
  .strict()
  .refine((t) => t.title !== undefined || t.motion !== undefined || t.summary !== undefined || t.note !== undefined, {
    message: 'a variant must give at least one of "title", "motion", "summary" or "note"',
  });

export const voteSchema = z
  .object({
    id: idSchema,
    turn: turnLabelSchema,
    day: daySchema,
    body: z.enum(BODIES),
    title: z.string().min(3).max(90),
    date: z.coerce.string().min(4),
    motion: z.string().min(10),
    kind: z.enum(['censure', 'remove-post', 'remove-politburo', 'expel-cc', 'expel-party', 'policy', 'confidence']),
    sponsor: campSchema,
    target: leaderRef,
    post: idSchema.optional(),
    threshold: z.number().min(0.5).max(1).default(0.5),
    delegates: z.number().int().min(5).max(3000).optional(),
    electsCentralCommittee: z.boolean().default(false),
    politburoSize: z.number().int().min(5).max(15).optional(),
    /**
     * An expulsion the body confirms: held even when its target was expelled before it (the 15th Congress
     * confirming the November 1927 expulsions); defeated, it takes him back.
     */
    confirms: z.boolean().default(false),
    requires: conditionSchema.optional(),
    /** Other words for the same vote where the game has left history; the first whose premises hold is shown. */
    texts: z.array(voteTextSchema).optional(),
    /** A vote of one of the lab's switches: when its conditions do not hold, it leaves no record at all. */
    counterfactual: z.boolean().default(false),
    lineSplitsIf: conditionSchema.optional(),
    onPass: z.array(effectSchema).default([]),
    onFail: z.array(effectSchema).default([]),
    historical: z
      .object({ passed: z.boolean(), for: z.number().int().optional(), against: z.number().int().optional(), summary: z.string() })
      .strict(),
    note: noteSchema,
    /** Labels that the debrief cites the vote by (scenarios/debrief.yaml), e.g. "policy-turn". */
    tags: z.array(idSchema).default([]),
  })
  .strict()
  .refine((v) => v.body === 'politburo' || v.delegates !== undefined, {
    message: 'Central Committee, conference and congress votes need "delegates" (the number voting)',
    path: ['delegates'],
  })
  .refine((v) => (v.kind !== 'remove-post' && v.kind !== 'confidence') || v.post !== undefined, {
    message: 'remove-post and confidence votes need "post"',
    path: ['post'],
  })
  .refine((v) => new Set((v.texts ?? []).map((t) => t.id)).size === (v.texts ?? []).length, {
    message: 'two variants have the same id: each of a vote\'s "texts" needs its own',
    path: ['texts'],
  });

export const endingSchema = z
  .object({
    id: idSchema,
    title: z.string().min(3).max(80),
    early: z.boolean().default(false),
    when: conditionSchema,
    winner: z.union([campSchema, z.literal('collective')]).optional(),
    summary: z.string().min(20),
    epilogue: z.string().min(80),
    note: noteSchema,
  })
  .strict();

export const leaderSchema = z
  .object({
    id: leaderRef,
    name: z.string().min(2),
    camp: campSchema,
    prestige: z.number().min(0).max(100),
    heir: z.number().min(0).max(100),
    stigma: z.number().min(0).max(100).default(0),
    politburo: seatSchema.default('none'),
    reserve: z.number().int().min(0).max(20).optional(),
    waver: z.number().min(0).max(0.5).default(0),
    bio: z.string().min(20),
  })
  .strict();

export const postSchema = z
  .object({ id: idSchema, name: z.string().min(3), holder: leaderRef.nullable(), description: z.string().min(10) })
  .strict();

export const blocSchema = z
  .object({
    id: idSchema,
    name: z.string().min(3),
    members: z.number().int().min(0),
    description: z.string().min(10),
    nep: z.number().min(-1).max(1),
    world: z.number().min(-1).max(1),
    heirWeight: z.number().min(0).max(3).default(1),
    prestigeWeight: z.number().min(0).max(3).default(1),
    policyWeight: z.number().min(0).max(3).default(1),
    growth: z.number().int().min(0).max(500000).default(0),
    growthFrom: turnLabelSchema.optional(),
  })
  .strict();

export const regionSchema = z
  .object({
    id: idSchema,
    name: z.string().min(2),
    x: z.number().min(0).max(100),
    y: z.number().min(0).max(100),
    secretary: z.union([campSchema, z.literal('line')]),
  })
  .strict();

export const machineSchema = z
  .object({
    id: idSchema,
    name: z.string().min(3),
    boss: leaderRef,
    share: z.number().min(0).max(0.3),
    region: idSchema.optional(),
    post: idSchema.optional(),
  })
  .strict();

export const campInfoSchema = z
  .object({
    id: campSchema,
    name: z.string().min(3),
    leader: leaderRef,
    nep: z.number().min(-1).max(1),
    world: z.number().min(-1).max(1),
    ccSeats: z.number().min(0).max(1),
  })
  .strict();

export const milestoneSchema = z
  .object({ id: idSchema, title: z.string().min(5), historical: turnLabelSchema, note: noteSchema, tags: z.array(idSchema).default([]) })
  .strict();

/** A number of the model: a weight, a threshold or a scale, within the range in which the model makes sense. */
const modelNumber = (min: number, max: number) => z.number().min(min).max(max);

/** Two bounds held in one group of the model: the lower must stay below the upper. */
function below(lo: string, hi: string): [(g: Record<string, number>) => boolean, { message: string; path: string[] }] {
  return [(g) => g[lo] < g[hi], { message: `must be greater than "${lo}"`, path: [hi] }];
}

/**
 * The model's own numbers: every weight and threshold of the support model, the votes, the General
 * Secretary's appointments, membership, gambles and the shrewd policy. The historians' lenses hold the rest.
 */
export const modelSchema = z
  .object({
    support: z
      .object({
        apparatusShareMin: modelNumber(0, 1),
        apparatusShareMax: modelNumber(0, 1),
        secretaryLoyalty: modelNumber(0, 1),
        machineLoyalty: modelNumber(0, 1),
        lineScale: modelNumber(0, 10),
        personalDivisor: modelNumber(1, 1000),
        policyScale: modelNumber(0, 10),
        stigmaDivisor: modelNumber(1, 1000),
        allyStigmaShare: modelNumber(0, 1),
        standingMin: modelNumber(0, 100),
        standingMax: modelNumber(0, 100),
      })
      .strict()
      .refine(...below('apparatusShareMin', 'apparatusShareMax'))
      .refine(...below('standingMin', 'standingMax')),
    votes: z
      .object({
        lineStickiness: modelNumber(0, 1),
        bystanderTurnout: modelNumber(0, 1),
        politburoDoubt: modelNumber(0, 10),
        politburoLineTurnout: modelNumber(0, 1),
        censureStigma: modelNumber(0, 50),
        failedSponsorPrestige: modelNumber(-50, 0),
        failedTargetPrestige: modelNumber(0, 50),
      })
      .strict(),
    apparatus: z
      .object({ consentMajority: modelNumber(0, 1), consentSplit: modelNumber(0, 1), consentOutvoted: modelNumber(0, 1) })
      .strict(),
    membership: z.object({ enrolmentScale: modelNumber(1000, 10000000) }).strict(),
    gambles: z
      .object({ chanceFloor: modelNumber(0, 1), chanceCeiling: modelNumber(0, 1), prestigePivot: modelNumber(0, 100) })
      .strict()
      .refine(...below('chanceFloor', 'chanceCeiling')),
    shrewd: z
      .object({
        congress: modelNumber(0, 1),
        centralCommittee: modelNumber(0, 1),
        politburo: modelNumber(0, 1),
        ownSeats: modelNumber(0, 1),
        winning: modelNumber(0, 1),
        stigmaDivisor: modelNumber(1, 100000),
        prestigeDivisor: modelNumber(1, 100000),
      })
      .strict(),
  })
  .strict();

export const campaignSchema = z
  .object({
    id: idSchema,
    kind: z.literal('campaign'),
    title: z.string().min(3),
    summary: z.string().min(20),
    start: turnLabelSchema,
    end: turnLabelSchema,
    briefing: z.object({ stalin: z.string().min(40), trotsky: z.string().min(40) }).strict(),
    /** What each playable role is, in one line, on the setup screen. */
    roles: z.object({ stalin: z.string().min(10), trotsky: z.string().min(10) }).strict(),
    /** The leaders always shown on the turn desk, in order (others appear while they sit in the Politburo). */
    desk: z.array(idSchema).min(2),
    camps: z.array(campInfoSchema).length(4),
    leaders: z.array(leaderSchema).min(7),
    posts: z.array(postSchema).min(3),
    blocs: z.array(blocSchema).min(3),
    regions: z.array(regionSchema).min(10),
    machines: z.array(machineSchema).default([]),
    alliances: z.array(z.tuple([campSchema, campSchema])).default([]),
    flags: z.array(idSchema).default([]),
    ccLine: z.number().min(0).max(1),
    model: modelSchema,
    decisions: z.array(decisionSchema).min(1),
    events: z.array(eventSchema).default([]),
    votes: z.array(voteSchema).default([]),
    endings: z.array(endingSchema).min(1),
    milestones: z.array(milestoneSchema).default([]),
  })
  .strict();

export const lessonSchema = z
  .object({
    id: idSchema,
    kind: z.literal('lesson'),
    base: idSchema,
    title: z.string().min(3),
    summary: z.string().min(20),
    start: turnLabelSchema,
    end: turnLabelSchema,
    minutes: z.number().int().min(5).max(60),
    briefing: z.object({ stalin: z.string().min(40), trotsky: z.string().min(40) }).strict(),
    questions: z.array(z.string().min(10)).min(1),
    /** Ids of primary sources (scenarios/documents.yaml) the lesson asks students to read. */
    documents: z.array(idSchema).default([]),
    endings: z.array(endingSchema).min(2),
  })
  .strict();

export const lensSchema = z
  .object({
    id: idSchema,
    name: z.string().min(3),
    default: z.boolean().default(false),
    historians: z.array(z.object({ name: z.string().min(2), work: z.string().min(3), source: sourceKeySchema }).strict()).min(1),
    summary: z.string().min(40),
    params: z
      .object({
        appointmentRate: z.number().min(0).max(10),
        apparatusShare: z.number().min(0.3).max(0.9),
        enrolmentApparatusBoost: z.number().min(0).max(0.2),
        personalWeight: z.number().min(0).max(3),
        policyWeight: z.number().min(0).max(3),
        stigmaWeight: z.number().min(0).max(3),
        lineLoyalty: z.number().min(0).max(3),
        noise: z.number().min(0).max(0.3),
        slateExponent: z.number().min(1).max(3),
      })
      .strict(),
  })
  .strict();

export const lensFileSchema = z.object({ lenses: z.array(lensSchema).min(3) }).strict();

export type Note = z.infer<typeof noteSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type GameEvent = z.infer<typeof eventSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Lens = z.infer<typeof lensSchema>;
export type Model = z.infer<typeof modelSchema>;
export type LensParams = Lens['params'];
export type Camp = (typeof CAMPS)[number];
export type Role = (typeof ROLES)[number];
export type Status = (typeof STATUSES)[number];
