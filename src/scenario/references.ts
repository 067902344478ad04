// Checks that go beyond the shape of a file: every id a scenario mentions must exist, ids must be unique,
// turns must fall inside the scenario's years. Returns one problem per broken reference, with its path.
import type { Campaign, Condition, Effect, Lesson } from './schema';
import type { SourceDocument } from './documents';
import type { Bibliography } from './sources';
import { calendarFrom, halfYears, turnIndex, turnLabel } from './turns';
import { halfYearOf } from './days';
import { clip } from './problems';

export interface RefProblem {
  path: string;
  message: string;
}

interface Known {
  leaders: Set<string>;
  posts: Set<string>;
  blocs: Set<string>;
  machines: Set<string>;
}

function knownOf(c: Campaign): Known {
  return {
    leaders: new Set(c.leaders.map((l) => l.id)),
    posts: new Set(c.posts.map((p) => p.id)),
    blocs: new Set(c.blocs.map((b) => b.id)),
    machines: new Set(c.machines.map((m) => m.id)),
  };
}

function checkCondition(cond: Condition | undefined, path: string, k: Known, out: RefProblem[]): void {
  if (!cond) return;
  const leader = (id: string | undefined, p: string) => {
    if (id !== undefined && !k.leaders.has(id)) out.push({ path: `${path}.${p}`, message: `unknown leader "${clip(id)}"` });
  };
  const post = (id: string | undefined, p: string) => {
    if (id !== undefined && !k.posts.has(id)) out.push({ path: `${path}.${p}`, message: `unknown post "${clip(id)}"` });
  };
  leader(cond.holds?.leader, 'holds.leader');
  post(cond.holds?.post, 'holds.post');
  leader(cond.lacks?.leader, 'lacks.leader');
  post(cond.lacks?.post, 'lacks.post');
  leader(cond.status?.leader, 'status.leader');
  leader(cond.inPolitburo, 'inPolitburo');
  leader(cond.notInPolitburo, 'notInPolitburo');
  leader(cond.seat?.leader, 'seat.leader');
  cond.any?.forEach((c, i) => checkCondition(c, `${path}.any[${i}]`, k, out));
}

function checkEffects(effects: Effect[], path: string, k: Known, out: RefProblem[]): void {
  effects.forEach((e, i) => {
    const p = `${path}[${i}]`;
    const leader = (id: string | null | undefined, field: string) => {
      if (id && !k.leaders.has(id)) out.push({ path: `${p}.${field}`, message: `unknown leader "${clip(id)}"` });
    };
    if ('prestige' in e) leader(e.prestige.leader, 'prestige.leader');
    if ('heir' in e) leader(e.heir.leader, 'heir.leader');
    if ('stigma' in e) leader(e.stigma.leader, 'stigma.leader');
    if ('status' in e) leader(e.status.leader, 'status.leader');
    if ('politburo' in e) {
      leader(e.politburo.add, 'politburo.add');
      leader(e.politburo.candidate, 'politburo.candidate');
      leader(e.politburo.remove, 'politburo.remove');
    }
    if ('camp' in e) leader(e.camp.leader, 'camp.leader');
    if ('post' in e) {
      if (!k.posts.has(e.post.post)) out.push({ path: `${p}.post.post`, message: `unknown post "${clip(e.post.post)}"` });
      leader(e.post.holder, 'post.holder');
    }
    if ('mood' in e && !k.blocs.has(e.mood.bloc)) out.push({ path: `${p}.mood.bloc`, message: `unknown bloc "${clip(e.mood.bloc)}"` });
    if ('machine' in e) {
      if (!k.machines.has(e.machine.id)) out.push({ path: `${p}.machine.id`, message: `unknown machine "${clip(e.machine.id)}"` });
      leader(e.machine.boss, 'machine.boss');
    }
    if ('chance' in e) {
      leader(e.chance.boost?.leader, 'chance.boost.leader');
      checkEffects(e.chance.then, `${p}.chance.then`, k, out);
      checkEffects(e.chance.else, `${p}.chance.else`, k, out);
    }
    if ('if' in e) {
      checkCondition(e.if.when, `${p}.if.when`, k, out);
      checkEffects(e.if.then, `${p}.if.then`, k, out);
      checkEffects(e.if.else ?? [], `${p}.if.else`, k, out);
    }
  });
}

function checkTurn(turn: string, start: number, end: number, path: string, out: RefProblem[]): void {
  const t = halfYears(turn);
  if (t < start || t > end) out.push({ path, message: `turn ${turn} is outside the scenario's years` });
}

function checkWindow(item: { turn: string; until?: string }, start: number, end: number, path: string, out: RefProblem[]): void {
  if (item.until === undefined) return;
  checkTurn(item.until, start, end, `${path}.until`, out);
  if (halfYears(item.until) < halfYears(item.turn)) out.push({ path: `${path}.until`, message: `ends (${item.until}) before it starts (${item.turn})` });
}

/** A moment's day falls in its turn, and a windowed moment has a day in each later turn of its window. */
function checkDays(item: { turn: string; until?: string; day: string; dayIn?: Record<string, string> }, path: string, out: RefProblem[]): void {
  if (halfYearOf(item.day) !== item.turn) out.push({ path: `${path}.day`, message: `${item.day} is not in its turn, ${item.turn}` });
  const cal = calendarFrom(item.turn);
  const last = item.until === undefined ? 0 : turnIndex(cal, item.until);
  for (const [turn, day] of Object.entries(item.dayIn ?? {})) {
    const t = turnIndex(cal, turn);
    if (t <= 0 || t > last) out.push({ path: `${path}.dayIn.${turn}`, message: `${turn} is not a later turn of the window ${item.turn}–${item.until ?? item.turn}` });
    else if (halfYearOf(day) !== turn) out.push({ path: `${path}.dayIn.${turn}`, message: `${day} is not in ${turn}` });
  }
  for (let t = 1; t <= last; t++) {
    const label = turnLabel(cal, t);
    if (!item.dayIn?.[label]) out.push({ path: `${path}.dayIn`, message: `needs a day for ${label}, a turn of its window` });
  }
}

/** A Politburo elected after a Congress: the Congress must elect the Central Committee, not the Politburo itself, and come first. */
function checkPolitburoElection(c: Campaign, id: string, day: string, path: string, out: RefProblem[]): void {
  const v = c.votes.find((x) => x.id === id);
  if (!v) out.push({ path, message: `unknown vote "${clip(id)}"` });
  else if (!v.electsCentralCommittee) out.push({ path, message: `vote "${id}" does not elect the Central Committee` });
  else if (v.politburoSize !== undefined) out.push({ path, message: `vote "${id}" already elects the Politburo ("politburoSize")` });
  else if (v.day >= day) out.push({ path, message: `vote "${id}" (${v.day}) must come before the plenum that follows it (${day})` });
}

function checkUnique(items: { id: string }[], list: string, seen: Map<string, string>, out: RefProblem[]): void {
  items.forEach((item, i) => {
    const prior = seen.get(item.id);
    if (prior) out.push({ path: `${list}[${i}:${item.id}].id`, message: `id "${clip(item.id)}" is already used by ${prior}` });
    else seen.set(item.id, `${list}[${i}]`);
  });
}

export function checkCampaignReferences(c: Campaign): RefProblem[] {
  const out: RefProblem[] = [];
  const k = knownOf(c);
  const start = halfYears(c.start);
  const end = halfYears(c.end);
  if (end < start) out.push({ path: 'end', message: `ends (${c.end}) before it starts (${c.start})` });

  const seen = new Map<string, string>();
  checkUnique(c.leaders, 'leaders', new Map(), out);
  checkUnique(c.posts, 'posts', new Map(), out);
  checkUnique(c.blocs, 'blocs', new Map(), out);
  checkUnique(c.regions, 'regions', new Map(), out);
  checkUnique(c.decisions, 'decisions', seen, out);
  checkUnique(c.events, 'events', seen, out);
  checkUnique(c.votes, 'votes', seen, out);
  checkUnique(c.endings, 'endings', new Map(), out);
  checkUnique(c.milestones, 'milestones', new Map(), out);

  c.camps.forEach((camp, i) => {
    if (!k.leaders.has(camp.leader)) out.push({ path: `camps[${i}].leader`, message: `unknown leader "${clip(camp.leader)}"` });
  });
  c.desk.forEach((id, i) => {
    if (!k.leaders.has(id)) out.push({ path: `desk[${i}]`, message: `unknown leader "${id}"` });
  });
  const campIds = new Set(c.camps.map((x) => x.id));
  if (campIds.size !== c.camps.length) out.push({ path: 'camps', message: 'each of the four camps must appear once' });
  c.posts.forEach((p, i) => {
    if (p.holder && !k.leaders.has(p.holder)) out.push({ path: `posts[${i}:${p.id}].holder`, message: `unknown leader "${clip(p.holder)}"` });
  });
  c.machines.forEach((m, i) => {
    if (!k.leaders.has(m.boss)) out.push({ path: `machines[${i}:${m.id}].boss`, message: `unknown leader "${clip(m.boss)}"` });
    if (m.region !== undefined && !c.regions.some((r) => r.id === m.region)) {
      out.push({ path: `machines[${i}:${m.id}].region`, message: `unknown region "${clip(m.region)}"` });
    }
    if (m.post !== undefined && !k.posts.has(m.post)) out.push({ path: `machines[${i}:${m.id}].post`, message: `unknown post "${clip(m.post)}"` });
  });
  if (!c.posts.some((p) => p.id === 'general-secretary')) {
    out.push({ path: 'posts', message: 'the post "general-secretary" is required: it drives the apparatus' });
  }
  c.decisions.forEach((d, i) => {
    const p = `decisions[${i}:${d.id}]`;
    checkTurn(d.turn, start, end, `${p}.turn`, out);
    checkWindow(d, start, end, p, out);
    checkDays(d, p, out);
    checkCondition(d.requires, `${p}.requires`, k, out);
    const optionIds = new Set<string>();
    d.options.forEach((o, j) => {
      if (optionIds.has(o.id)) out.push({ path: `${p}.options[${j}:${o.id}].id`, message: `duplicate option id "${clip(o.id)}"` });
      optionIds.add(o.id);
      checkEffects(o.effects, `${p}.options[${j}:${o.id}].effects`, k, out);
    });
  });
  c.events.forEach((e, i) => {
    const p = `events[${i}:${e.id}]`;
    checkTurn(e.turn, start, end, `${p}.turn`, out);
    checkWindow(e, start, end, p, out);
    checkDays(e, p, out);
    checkCondition(e.requires, `${p}.requires`, k, out);
    checkEffects(e.effects, `${p}.effects`, k, out);
    if (e.politburoElection) checkPolitburoElection(c, e.politburoElection.vote, e.day, `${p}.politburoElection.vote`, out);
  });
  c.votes.forEach((v, i) => {
    const p = `votes[${i}:${v.id}]`;
    checkTurn(v.turn, start, end, `${p}.turn`, out);
    checkDays(v, p, out);
    if (!k.leaders.has(v.target)) out.push({ path: `${p}.target`, message: `unknown leader "${clip(v.target)}"` });
    if (v.post && !k.posts.has(v.post)) out.push({ path: `${p}.post`, message: `unknown post "${clip(v.post)}"` });
    if (v.confirms && v.kind !== 'expel-party') out.push({ path: `${p}.confirms`, message: 'only an expulsion from the Party ("kind: expel-party") can be confirmed' });
    checkCondition(v.requires, `${p}.requires`, k, out);
    checkCondition(v.lineSplitsIf, `${p}.lineSplitsIf`, k, out);
    v.texts?.forEach((t, j) => checkCondition(t.requires, `${p}.texts[${j}:${t.id}].requires`, k, out));
    checkEffects(v.onPass, `${p}.onPass`, k, out);
    checkEffects(v.onFail, `${p}.onFail`, k, out);
  });
  c.endings.forEach((e, i) => checkCondition(e.when, `endings[${i}:${e.id}].when`, k, out));
  if (Object.keys(c.endings[c.endings.length - 1].when).length !== 0) {
    out.push({ path: 'endings', message: 'the last ending must have an empty "when: {}" so that every game ends' });
  }
  return out;
}

export function checkLessonReferences(lesson: Lesson, campaigns: Campaign[]): RefProblem[] {
  const out: RefProblem[] = [];
  const base = campaigns.find((c) => c.id === lesson.base);
  if (!base) {
    return [{ path: 'base', message: `unknown campaign "${clip(lesson.base)}" (known: ${campaigns.map((c) => c.id).join(', ')})` }];
  }
  const k = knownOf(base);
  const start = halfYears(lesson.start);
  const end = halfYears(lesson.end);
  checkTurn(lesson.start, halfYears(base.start), halfYears(base.end), 'start', out);
  checkTurn(lesson.end, halfYears(base.start), halfYears(base.end), 'end', out);
  if (end - start + 1 < 2 || end - start + 1 > 6) {
    out.push({ path: 'end', message: `a lesson should last 2 to 6 turns (this one has ${end - start + 1})` });
  }
  checkUnique(lesson.endings, 'endings', new Map(), out);
  lesson.endings.forEach((e, i) => checkCondition(e.when, `endings[${i}:${e.id}].when`, k, out));
  if (Object.keys(lesson.endings[lesson.endings.length - 1].when).length !== 0) {
    out.push({ path: 'endings', message: 'the last ending must have an empty "when: {}" so that every game ends' });
  }
  return out;
}

/** Every id a document "relates" to must be a decision, event or vote of a campaign. */
export function checkDocumentReferences(docs: SourceDocument[], campaigns: Campaign[]): RefProblem[] {
  const known = new Set(campaigns.flatMap((c) => [...c.decisions, ...c.events, ...c.votes].map((x) => x.id)));
  const out: RefProblem[] = [];
  docs.forEach((d, i) =>
    d.relates.forEach((id, j) => {
      if (!known.has(id)) out.push({ path: `documents[${i}:${d.id}].relates[${j}]`, message: `no decision, event or vote has the id "${id}"` });
    }),
  );
  return out;
}

/** A lesson's documents must exist in scenarios/documents.yaml and be listed once. */
export function checkLessonDocuments(lesson: Lesson, docs: SourceDocument[]): RefProblem[] {
  const known = new Set(docs.map((d) => d.id));
  const out: RefProblem[] = [];
  lesson.documents.forEach((id, i) => {
    if (!known.has(id)) out.push({ path: `documents[${i}]`, message: `unknown document "${id}" (it must be an id in scenarios/documents.yaml)` });
    else if (lesson.documents.indexOf(id) !== i) out.push({ path: `documents[${i}]`, message: `document "${id}" is listed twice` });
  });
  return out;
}

/** Every source key cited in a scenario file's data, with its field path: each string in a "sources" list
 * and each "source" field, wherever they appear. */
export function citedKeys(data: unknown, path = ''): { path: string; key: string }[] {
  if (Array.isArray(data)) {
    return data.flatMap((item, i) => {
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? `:${(item as { id: string }).id}` : '';
      return citedKeys(item, `${path}[${i}${id}]`);
    });
  }
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([k, v]) => {
    const p = path ? `${path}.${k}` : k;
    if (k === 'sources' && Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').map((key, i) => ({ path: `${p}[${i}]`, key }));
    if (k === 'source' && typeof v === 'string') return [{ path: p, key: v }];
    return citedKeys(v, p);
  });
}

/** One problem per cited key that the bibliography does not list. */
export function checkCitations(data: unknown, bib: Bibliography): RefProblem[] {
  return citedKeys(data)
    .filter((c) => !bib.has(c.key))
    .map((c) => ({ path: c.path, message: `unknown source "${c.key}" (not in scenarios/sources.yaml)` }));
}
