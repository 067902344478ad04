// Bar charts drawn in code as SVG, for the Lab and the debrief. Every bar carries its label and its value as
// text, and a fill pattern as well as a colour, so colour is never the only signal. Text goes in with
// textContent only. Each chart is an image with a name; the numbers are also in a data table beside it.

const SVG = 'http://www.w3.org/2000/svg';

export type PatternId = 'solid' | 'hatch' | 'dots' | 'cross' | 'stripes' | 'outline';

export const PATTERN_WORDS: Record<PatternId, string> = {
  solid: 'solid',
  hatch: 'diagonal lines',
  dots: 'dots',
  cross: 'cross-hatching',
  stripes: 'horizontal stripes',
  outline: 'outline only',
};

export interface Bar {
  label: string;
  value: number;
  /** The value as printed at the end of the bar. */
  valueText: string;
  pattern: PatternId;
}

export interface ChartOptions {
  /** The chart's accessible name (also its SVG <title>). */
  title: string;
  /** A sentence that says where the numbers are (for the SVG <desc>). */
  description: string;
  bars: Bar[];
  /** Scale; 0 is always inside [min, max]. */
  min: number;
  max: number;
  /** Gridline positions and how to print them. */
  ticks?: number[];
  tickText?: (v: number) => string;
  width?: number;
}

let serial = 0;

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

const INK = '#1b1b1b';
const RED = '#b3261e';
const PAPER = '#fbf6ea';

/** Each fill pattern: its tile's size and the mark drawn on the paper-coloured tile. */
const PATTERN_TILES: Record<Exclude<PatternId, 'solid' | 'outline'>, { size: number; mark: [keyof SVGElementTagNameMap, Record<string, string | number>] }> = {
  hatch: { size: 8, mark: ['path', { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', stroke: RED, 'stroke-width': 2.2 }] },
  dots: { size: 7, mark: ['circle', { cx: 3.5, cy: 3.5, r: 1.9, fill: INK }] },
  cross: { size: 8, mark: ['path', { d: 'M0,0 L8,8 M8,0 L0,8', stroke: INK, 'stroke-width': 1.4 }] },
  stripes: { size: 6, mark: ['rect', { y: 0, width: 6, height: 3, fill: RED }] },
};

function patterns(id: string): SVGDefsElement {
  const defs = node('defs');
  for (const [name, { size, mark }] of Object.entries(PATTERN_TILES)) {
    const p = node('pattern', { id: `${id}-${name}`, patternUnits: 'userSpaceOnUse', width: size, height: size });
    p.append(node('rect', { width: size, height: size, fill: PAPER }), node(mark[0], mark[1]));
    defs.append(p);
  }
  return defs;
}

function fillOf(id: string, pattern: PatternId): string {
  if (pattern === 'solid') return INK;
  if (pattern === 'outline') return PAPER;
  return `url(#${id}-${pattern})`;
}

/** A horizontal bar chart, each bar's label on the line above it, its value at its end; diverging at 0. */
export function barChart(o: ChartOptions): SVGSVGElement {
  const id = `chart-${++serial}`;
  const width = o.width ?? 560;
  const left = 8;
  const right = 72;
  const row = 40;
  const top = 8;
  const axis = 22;
  const height = top + o.bars.length * row + axis;
  const min = Math.min(0, o.min);
  const max = Math.max(0, o.max, min + 1e-9);
  const x = (v: number) => left + ((v - min) / (max - min)) * (width - left - right);
  const svg = node('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'chart',
    preserveAspectRatio: 'xMinYMin meet',
  });
  svg.append(node('title', { id: `${id}-title` }, o.title), node('desc', { id: `${id}-desc` }, o.description), patterns(id));
  const grid = node('g', { class: 'grid', 'aria-hidden': 'true' });
  for (const t of o.ticks ?? []) {
    grid.append(node('line', { x1: x(t), x2: x(t), y1: top, y2: height - axis + 4, stroke: '#cbbd9f', 'stroke-width': 1 }));
    grid.append(node('text', { x: x(t), y: height - 6, 'text-anchor': 'middle', 'font-size': 11, fill: INK }, o.tickText ? o.tickText(t) : String(t)));
  }
  svg.append(grid);
  o.bars.forEach((b, i) => {
    const y = top + i * row;
    const g = node('g', { class: 'bar' });
    g.append(node('text', { x: left, y: y + 12, 'font-size': 12.5, fill: INK }, b.label));
    const x0 = x(0);
    const x1 = x(b.value);
    const barX = Math.min(x0, x1);
    const w = Math.max(Math.abs(x1 - x0), b.value === 0 ? 0 : 1.5);
    g.append(node('rect', { x: barX, y: y + 17, width: w, height: 16, fill: fillOf(id, b.pattern), stroke: INK, 'stroke-width': 1.2 }));
    const after = b.value >= 0 ? x1 + 5 : x1 - 5;
    const anchor = b.value >= 0 ? 'start' : 'end';
    // A negative value's text goes left of its bar unless that would leave the chart.
    const fits = b.value >= 0 || after - 60 > left;
    g.append(
      node(
        'text',
        { x: fits ? after : x0 + 5, y: y + 29.5, 'font-size': 12.5, 'font-weight': 700, 'text-anchor': fits ? anchor : 'start', fill: INK },
        b.valueText,
      ),
    );
    svg.append(g);
  });
  svg.append(node('line', { x1: x(0), x2: x(0), y1: top, y2: height - axis + 4, stroke: INK, 'stroke-width': 1.6, 'aria-hidden': 'true' }));
  return svg;
}

/** A key to the patterns used in a chart, as text with small swatches. */
export function patternKey(entries: { pattern: PatternId; meaning: string }[]): HTMLElement {
  const id = `key-${++serial}`;
  const list = document.createElement('ul');
  list.className = 'chart-key';
  for (const e of entries) {
    const li = document.createElement('li');
    const svg = node('svg', { viewBox: '0 0 18 12', width: 18, height: 12, 'aria-hidden': 'true', focusable: 'false' });
    svg.append(patterns(`${id}-${e.pattern}`), node('rect', { x: 0.5, y: 0.5, width: 17, height: 11, fill: fillOf(`${id}-${e.pattern}`, e.pattern), stroke: INK }));
    li.append(svg, document.createTextNode(` ${e.meaning} (${PATTERN_WORDS[e.pattern]})`));
    list.append(li);
  }
  return list;
}

/** Round gridline positions covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}
