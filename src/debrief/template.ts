// Fills the debrief's text patterns (scenarios/debrief.yaml) with figures and names from a game:
//   "{name}"           the value given for name;
//   "{name|one|many}"  a count with its word: "1 decision", "3 decisions";
//   "[ ... ]"          the part in brackets, left out when a placeholder inside it is empty.
// A placeholder with no value is an error that names the pattern's place in the file, never a silent gap.

export type Values = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^|}]*)\|([^}]*))?\}/g;

function valueOf(values: Values, name: string, where: string): string | number {
  const v = values[name];
  if (v === undefined) {
    throw new Error(`scenarios/debrief.yaml: ${where} uses {${name}}, which is not given there (given: ${Object.keys(values).join(', ') || 'nothing'})`);
  }
  return v;
}

function replace(text: string, values: Values, where: string): string {
  return text.replace(PLACEHOLDER, (_, name: string, one?: string, many?: string) => {
    const v = valueOf(values, name, where);
    if (one === undefined) return String(v);
    return `${v} ${Number(v) === 1 ? one : many}`;
  });
}

/** The pattern filled with the values; `where` names the pattern in the file, for the error message. */
export function fill(text: string, values: Values, where: string): string {
  const kept = text.replace(/\[([^\]]*)\]/g, (_, part: string) => {
    const names = [...part.matchAll(PLACEHOLDER)].map((m) => m[1]);
    return names.every((n) => valueOf(values, n, where) !== '') ? part : '';
  });
  return replace(kept, values, where);
}

/** One alternative of a text that has several, by key; a text with only one is that one. */
export function pick(text: string | Readonly<Record<string, string>>, key: string, where: string): string {
  if (typeof text === 'string') return text;
  const t = text[key];
  if (t === undefined) throw new Error(`scenarios/debrief.yaml: ${where} has no text "${key}"`);
  return t;
}
