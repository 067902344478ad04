/**
 * Leader portraits and the title-screen backdrop, drawn as constructivist SVG: circles, wedges and bars in
 * red, black and cream. No photographs and no detailed faces — each leader is a head shape plus the few
 * features people knew him by (Trotsky's shock of hair, pince-nez and pointed beard; Stalin's moustache and
 * tunic collar; Lenin's bald dome and goatee).
 *
 * Pure string building with no DOM access, so it runs (and is tested) in Node. The same id always gives the
 * same SVG; unknown ids get a portrait derived deterministically from the id. `muted` draws in greys, for
 * leaders who have been removed or expelled.
 */

export interface PortraitOptions {
  /** Width and height in CSS pixels; the drawing itself is a 100 × 100 view box. */
  size?: number;
  /** Greys instead of red, black and cream: the leader has been removed, expelled or exiled. */
  muted?: boolean;
  /** Accessible name, shown as the SVG's <title>; defaults to the capitalised id. */
  label?: string;
}

interface Palette {
  red: string;
  black: string;
  cream: string;
}

const POSTER: Palette = { red: '#b3261e', black: '#1b1b1b', cream: '#f2e8d5' };
const GREYS: Palette = { red: '#8c8c8c', black: '#3a3a3a', cream: '#e4e4e4' };

type Backdrop = 'wedge' | 'disc' | 'bars' | 'rays' | 'split';
type HeadShape = 'round' | 'broad' | 'long' | 'dome';
type Hair = 'swept' | 'shock' | 'curls' | 'cropped' | 'bald' | 'receding' | 'parted' | 'wavy';
type Headwear = 'none' | 'cap' | 'budenovka';
type Eyes = 'plain' | 'heavy' | 'pince-nez' | 'glasses';
type Moustache = 'none' | 'heavy' | 'thin' | 'toothbrush' | 'full';
type Beard = 'none' | 'pointed' | 'goatee' | 'full' | 'trimmed' | 'chinstrap';
type Dress = 'tunic' | 'military' | 'suit' | 'worker' | 'jacket';
type Shade = 'left' | 'right' | 'none';

interface PortraitSpec {
  backdrop: Backdrop;
  /** Rotation of the backdrop in degrees, so two leaders with the same backdrop still differ. */
  angle: number;
  head: HeadShape;
  hair: Hair;
  headwear: Headwear;
  eyes: Eyes;
  moustache: Moustache;
  beard: Beard;
  dress: Dress;
  /** Which half of the face is cast in red. */
  shade: Shade;
  /** A red star in the backdrop, for the soldiers. */
  star: boolean;
}

const spec = (fields: Partial<PortraitSpec> & Pick<PortraitSpec, 'backdrop' | 'angle'>): PortraitSpec => ({
  head: 'round',
  hair: 'cropped',
  headwear: 'none',
  eyes: 'plain',
  moustache: 'none',
  beard: 'none',
  dress: 'suit',
  shade: 'none',
  star: false,
  ...fields,
});

const LEADERS: Record<string, PortraitSpec> = {
  stalin: spec({ backdrop: 'wedge', angle: -18, head: 'broad', hair: 'swept', eyes: 'heavy', moustache: 'heavy', dress: 'tunic', shade: 'left' }),
  trotsky: spec({ backdrop: 'rays', angle: 0, hair: 'shock', eyes: 'pince-nez', moustache: 'full', beard: 'pointed', dress: 'military', shade: 'right' }),
  zinoviev: spec({ backdrop: 'disc', angle: 20, head: 'broad', hair: 'curls', dress: 'suit', shade: 'left' }),
  kamenev: spec({ backdrop: 'split', angle: 0, hair: 'parted', eyes: 'pince-nez', moustache: 'thin', beard: 'trimmed', dress: 'suit', shade: 'right' }),
  bukharin: spec({ backdrop: 'bars', angle: 30, head: 'long', hair: 'receding', moustache: 'thin', beard: 'goatee', dress: 'jacket', shade: 'left' }),
  rykov: spec({ backdrop: 'disc', angle: -40, head: 'long', hair: 'parted', eyes: 'glasses', moustache: 'thin', beard: 'full', dress: 'suit' }),
  tomsky: spec({ backdrop: 'wedge', angle: 160, hair: 'cropped', headwear: 'cap', moustache: 'thin', dress: 'worker', shade: 'right' }),
  molotov: spec({ backdrop: 'bars', angle: -30, head: 'broad', hair: 'parted', eyes: 'pince-nez', moustache: 'toothbrush', dress: 'suit', shade: 'left' }),
  voroshilov: spec({ backdrop: 'split', angle: 90, hair: 'parted', dress: 'military', star: true }),
  kalinin: spec({ backdrop: 'rays', angle: 60, head: 'long', hair: 'cropped', eyes: 'glasses', moustache: 'thin', beard: 'goatee', dress: 'worker', shade: 'left' }),
  kuibyshev: spec({ backdrop: 'wedge', angle: 200, head: 'broad', hair: 'wavy', dress: 'jacket', shade: 'right' }),
  rudzutak: spec({ backdrop: 'disc', angle: 70, hair: 'swept', moustache: 'thin', dress: 'worker' }),
  kirov: spec({ backdrop: 'bars', angle: 60, head: 'broad', hair: 'cropped', dress: 'tunic', shade: 'right' }),
  frunze: spec({ backdrop: 'split', angle: 180, head: 'long', hair: 'cropped', headwear: 'budenovka', moustache: 'full', beard: 'trimmed', dress: 'military', star: true }),
  sokolnikov: spec({ backdrop: 'rays', angle: 200, head: 'long', hair: 'parted', dress: 'suit', shade: 'left' }),
  rakovsky: spec({ backdrop: 'disc', angle: 150, head: 'long', hair: 'receding', moustache: 'thin', dress: 'suit', shade: 'right' }),
  radek: spec({ backdrop: 'wedge', angle: 90, hair: 'wavy', eyes: 'glasses', beard: 'chinstrap', dress: 'jacket', shade: 'left' }),
  uglanov: spec({ backdrop: 'bars', angle: 120, head: 'broad', hair: 'swept', moustache: 'toothbrush', dress: 'worker', shade: 'left' }),
  lenin: spec({ backdrop: 'wedge', angle: 20, head: 'dome', hair: 'bald', moustache: 'thin', beard: 'goatee', dress: 'suit', shade: 'right' }),
};

/** FNV-1a: a stable 32-bit hash, so an unknown id always gets the same portrait. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function derivedSpec(id: string): PortraitSpec {
  let bits = hashId(id);
  const pick = <T>(choices: readonly T[]): T => {
    const choice = choices[bits % choices.length];
    bits = Math.imul(bits ^ (bits >>> 16), 0x45d9f3b) >>> 0;
    bits = (bits ^ (bits >>> 16)) >>> 0;
    return choice;
  };
  return {
    backdrop: pick(['wedge', 'disc', 'bars', 'rays', 'split'] as const),
    angle: pick([0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330] as const),
    head: pick(['round', 'broad', 'long'] as const),
    hair: pick(['swept', 'cropped', 'receding', 'parted', 'wavy'] as const),
    headwear: 'none',
    eyes: pick(['plain', 'plain', 'glasses', 'pince-nez'] as const),
    moustache: pick(['none', 'thin', 'toothbrush', 'heavy'] as const),
    beard: pick(['none', 'none', 'goatee', 'trimmed'] as const),
    dress: pick(['suit', 'jacket', 'worker', 'tunic'] as const),
    shade: pick(['left', 'right', 'none'] as const),
    star: false,
  };
}

const num = (value: number): string => String(Math.round(value * 100) / 100);
const points = (...coordinates: Array<[number, number]>): string => coordinates.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function checkedDimension(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${what} must be a positive number of pixels, got ${String(value)}`);
  }
  return value;
}

/** A five-pointed star centred on (x, y). */
function star(x: number, y: number, radius: number, fill: string): string {
  const corners: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? radius : radius * 0.4;
    corners.push([x + r * Math.cos(angle), y + r * Math.sin(angle)]);
  }
  return `<polygon points="${points(...corners)}" fill="${fill}"/>`;
}

function backdropSvg(kind: Backdrop, angle: number, colours: Palette): string {
  const turn = `transform="rotate(${num(angle)} 50 50)"`;
  switch (kind) {
    case 'wedge':
      return (
        `<polygon points="${points([-10, 50], [130, 0], [130, 100])}" fill="${colours.red}" ${turn}/>` +
        `<rect x="-20" y="12" width="140" height="5" fill="${colours.black}" ${turn}/>`
      );
    case 'disc':
      return (
        `<g ${turn}><circle cx="62" cy="38" r="34" fill="${colours.red}"/>` +
        `<circle cx="62" cy="38" r="41" fill="none" stroke="${colours.black}" stroke-width="2"/>` +
        `<rect x="-10" y="84" width="120" height="4" fill="${colours.black}"/></g>`
      );
    case 'bars':
      return (
        `<g ${turn}><rect x="-20" y="20" width="140" height="22" fill="${colours.red}"/>` +
        `<rect x="-20" y="48" width="140" height="4" fill="${colours.black}"/>` +
        `<rect x="-20" y="58" width="140" height="3" fill="${colours.red}"/></g>`
      );
    case 'rays': {
      const rays = [-40, -20, 0, 20, 40]
        .map((spread) => {
          const a = ((spread - 45) * Math.PI) / 180;
          const b = ((spread - 37) * Math.PI) / 180;
          return `<polygon points="${points([0, 100], [150 * Math.cos(a), 100 + 150 * Math.sin(a)], [150 * Math.cos(b), 100 + 150 * Math.sin(b)])}" fill="${colours.red}"/>`;
        })
        .join('');
      return `<g ${turn}>${rays}<circle cx="82" cy="18" r="7" fill="${colours.black}"/></g>`;
    }
    case 'split':
      return (
        `<g ${turn}><polygon points="${points([-20, -20], [120, -20], [-20, 120])}" fill="${colours.red}"/>` +
        `<circle cx="84" cy="84" r="9" fill="none" stroke="${colours.black}" stroke-width="3"/></g>`
      );
  }
}

interface Head {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

const HEADS: Record<HeadShape, Head> = {
  round: { cx: 50, cy: 44, rx: 16, ry: 18 },
  broad: { cx: 50, cy: 45, rx: 18.5, ry: 18 },
  long: { cx: 50, cy: 43, rx: 15, ry: 20 },
  dome: { cx: 50, cy: 44, rx: 16.5, ry: 20 },
};

/** The part of the head (grown by `grow`) above the line `cut` units above its centre. */
function crown(head: Head, cut: number, grow: number): string {
  const rx = head.rx + grow;
  const ry = head.ry + grow;
  const halfWidth = rx * Math.sqrt(Math.max(0, 1 - (cut / ry) ** 2));
  const y = head.cy - cut;
  return `M${num(head.cx - halfWidth)} ${num(y)}A${num(rx)} ${num(ry)} 0 0 1 ${num(head.cx + halfWidth)} ${num(y)}Z`;
}

/** The part of the head (grown by `grow`, stretched down by `drop`) below the line `cut` units under its centre. */
function jaw(head: Head, cut: number, grow: number, drop: number): string {
  const rx = head.rx + grow;
  const ry = head.ry + grow + drop;
  const halfWidth = rx * Math.sqrt(Math.max(0, 1 - (cut / ry) ** 2));
  const y = head.cy + cut;
  return `M${num(head.cx - halfWidth)} ${num(y)}A${num(rx)} ${num(ry)} 0 0 0 ${num(head.cx + halfWidth)} ${num(y)}Z`;
}

/** Hair is drawn in two layers: what shows round the head from behind it, and what lies over it. */
function hairSvg(hair: Hair, head: Head, colours: Palette): { behind: string; over: string } {
  const { cx, cy, rx, ry } = head;
  const ink = colours.black;
  const sideTufts =
    `<polygon points="${points([cx - rx - 1, cy - 7], [cx - rx + 3, cy - 4], [cx - rx + 2.5, cy + 5], [cx - rx - 0.5, cy + 3])}" fill="${ink}"/>` +
    `<polygon points="${points([cx + rx + 1, cy - 7], [cx + rx - 3, cy - 4], [cx + rx - 2.5, cy + 5], [cx + rx + 0.5, cy + 3])}" fill="${ink}"/>`;
  switch (hair) {
    case 'swept':
      return {
        behind: `<ellipse cx="${num(cx + 1)}" cy="${num(cy - ry * 0.45)}" rx="${num(rx + 2.5)}" ry="${num(ry * 0.8)}" fill="${ink}"/>`,
        over: `<path d="${crown(head, ry * 0.42, 1.2)}" fill="${ink}"/>`,
      };
    case 'shock': {
      const spikes: Array<[number, number]> = [];
      const count = 14;
      for (let i = 0; i <= count; i++) {
        const angle = Math.PI * (1.05 + (0.9 * i) / count);
        const reach = i % 2 === 0 ? 10 : 3;
        spikes.push([cx + (rx + reach) * Math.cos(angle), cy - 2 + (ry + reach) * Math.sin(angle)]);
      }
      return {
        behind: `<polygon points="${points(...spikes)}" fill="${ink}"/>`,
        over: `<path d="${crown(head, ry * 0.55, 1)}" fill="${ink}"/>`,
      };
    }
    case 'curls': {
      const curls: string[] = [];
      for (let i = 0; i <= 8; i++) {
        const angle = Math.PI * (1.0 + i / 8);
        curls.push(`<circle cx="${num(cx + (rx + 1) * Math.cos(angle))}" cy="${num(cy - 3 + (ry + 1) * Math.sin(angle))}" r="5.5" fill="${ink}"/>`);
      }
      return { behind: curls.join(''), over: `<path d="${crown(head, ry * 0.5, 1)}" fill="${ink}"/>` };
    }
    case 'wavy':
      // a thick mane, wider than the head, with a forelock falling across the brow
      return {
        behind: `<ellipse cx="${num(cx + 1.5)}" cy="${num(cy - ry * 0.35)}" rx="${num(rx + 6)}" ry="${num(ry * 0.85)}" fill="${ink}"/>`,
        over:
          `<path d="${crown(head, ry * 0.38, 1.5)}" fill="${ink}"/>` +
          `<ellipse cx="${num(cx - rx * 0.35)}" cy="${num(cy - ry * 0.38)}" rx="6" ry="3.6" fill="${ink}" transform="rotate(-20 ${num(cx - rx * 0.35)} ${num(cy - ry * 0.38)})"/>`,
      };
    case 'cropped':
      return { behind: '', over: `<path d="${crown(head, ry * 0.62, 0.8)}" fill="${ink}"/>` };
    case 'parted':
      return {
        behind: '',
        over:
          `<path d="${crown(head, ry * 0.5, 1.2)}" fill="${ink}"/>` +
          `<line x1="${num(cx - 5)}" y1="${num(cy - ry - 1.5)}" x2="${num(cx - 7)}" y2="${num(cy - ry * 0.52)}" stroke="${colours.cream}" stroke-width="1.4"/>`,
      };
    case 'receding':
      return {
        behind: `<ellipse cx="${num(cx)}" cy="${num(cy - 2)}" rx="${num(rx + 2.2)}" ry="${num(ry + 1.8)}" fill="${ink}"/>`,
        over: sideTufts,
      };
    case 'bald':
      return {
        behind: '',
        over:
          sideTufts +
          `<path d="M${num(cx - 9)} ${num(cy - ry + 7)}A${num(rx - 4)} ${num(ry - 5)} 0 0 1 ${num(cx + 3)} ${num(cy - ry + 2.5)}" fill="none" stroke="${colours.red}" stroke-width="1.6"/>`,
      };
  }
}

function headwearSvg(headwear: Headwear, head: Head, colours: Palette): string {
  const { cx, cy, rx, ry } = head;
  const brim = cy - ry * 0.38;
  switch (headwear) {
    case 'none':
      return '';
    case 'cap':
      // the worker's flat cap: a crown wider than the head, a short peak over the brow
      return (
        `<path d="M${num(cx - rx - 3.5)} ${num(brim)}C${num(cx - rx - 4)} ${num(cy - ry - 7)} ${num(cx + rx + 4)} ${num(cy - ry - 7)} ${num(cx + rx + 3.5)} ${num(brim)}Z" fill="${colours.black}"/>` +
        `<path d="M${num(cx - rx + 1)} ${num(brim)}Q${num(cx)} ${num(brim + 7)} ${num(cx + rx - 1)} ${num(brim)}Z" fill="${colours.black}" stroke="${colours.cream}" stroke-width="0.8"/>`
      );
    case 'budenovka':
      // the pointed Red Army cloth helmet with its big star
      return (
        `<polygon points="${points([cx - rx - 2.5, brim + 2], [cx - rx + 1, cy - ry - 2], [cx, cy - ry - 17], [cx + rx - 1, cy - ry - 2], [cx + rx + 2.5, brim + 2])}" fill="${colours.black}"/>` +
        star(cx, cy - ry + 1, 6, colours.red)
      );
  }
}

function eyesSvg(eyes: Eyes, head: Head, colours: Palette): string {
  const { cx, cy, rx } = head;
  const y = cy - 1;
  const dx = rx * 0.4;
  const ink = colours.black;
  const dots = `<circle cx="${num(cx - dx)}" cy="${num(y)}" r="1.1" fill="${ink}"/><circle cx="${num(cx + dx)}" cy="${num(y)}" r="1.1" fill="${ink}"/>`;
  switch (eyes) {
    case 'plain':
      return `<rect x="${num(cx - dx - 2.8)}" y="${num(y - 0.9)}" width="5.6" height="1.8" fill="${ink}"/><rect x="${num(cx + dx - 2.8)}" y="${num(y - 0.9)}" width="5.6" height="1.8" fill="${ink}"/>`;
    case 'heavy':
      return (
        `<polygon points="${points([cx - dx - 4.5, y - 4.5], [cx - dx + 3.5, y - 3.2], [cx - dx + 3.5, y - 1.6], [cx - dx - 4.5, y - 2.6])}" fill="${ink}"/>` +
        `<polygon points="${points([cx + dx + 4.5, y - 4.5], [cx + dx - 3.5, y - 3.2], [cx + dx - 3.5, y - 1.6], [cx + dx + 4.5, y - 2.6])}" fill="${ink}"/>` +
        dots
      );
    case 'pince-nez':
      // two small lenses, a bridge, and the cord falling to the lapel
      return (
        `<circle cx="${num(cx - dx)}" cy="${num(y)}" r="3.4" fill="none" stroke="${ink}" stroke-width="1.2"/>` +
        `<circle cx="${num(cx + dx)}" cy="${num(y)}" r="3.4" fill="none" stroke="${ink}" stroke-width="1.2"/>` +
        `<line x1="${num(cx - dx + 3.4)}" y1="${num(y)}" x2="${num(cx + dx - 3.4)}" y2="${num(y)}" stroke="${ink}" stroke-width="1"/>` +
        `<path d="M${num(cx + dx + 3.4)} ${num(y)}Q${num(cx + rx + 4)} ${num(cy + 12)} ${num(cx + rx - 1)} ${num(cy + 30)}" fill="none" stroke="${ink}" stroke-width="0.6"/>` +
        dots
      );
    case 'glasses':
      return (
        `<circle cx="${num(cx - dx)}" cy="${num(y)}" r="4.3" fill="none" stroke="${ink}" stroke-width="1.6"/>` +
        `<circle cx="${num(cx + dx)}" cy="${num(y)}" r="4.3" fill="none" stroke="${ink}" stroke-width="1.6"/>` +
        `<line x1="${num(cx - dx + 4.3)}" y1="${num(y)}" x2="${num(cx + dx - 4.3)}" y2="${num(y)}" stroke="${ink}" stroke-width="1.2"/>` +
        `<line x1="${num(cx - dx - 4.3)}" y1="${num(y - 0.5)}" x2="${num(cx - rx)}" y2="${num(y - 1.5)}" stroke="${ink}" stroke-width="1.2"/>` +
        `<line x1="${num(cx + dx + 4.3)}" y1="${num(y - 0.5)}" x2="${num(cx + rx)}" y2="${num(y - 1.5)}" stroke="${ink}" stroke-width="1.2"/>` +
        dots
      );
  }
}

function moustacheSvg(moustache: Moustache, head: Head, colours: Palette): string {
  const { cx, cy, ry } = head;
  const y = cy + ry * 0.4;
  const ink = colours.black;
  switch (moustache) {
    case 'none':
      return '';
    case 'heavy':
      return `<polygon points="${points([cx - 7, y - 1.5], [cx + 7, y - 1.5], [cx + 10.5, y + 3], [cx + 4, y + 1.8], [cx, y + 2.6], [cx - 4, y + 1.8], [cx - 10.5, y + 3])}" fill="${ink}"/>`;
    case 'thin':
      return `<rect x="${num(cx - 6)}" y="${num(y - 0.5)}" width="12" height="1.8" fill="${ink}"/>`;
    case 'toothbrush':
      return `<rect x="${num(cx - 3)}" y="${num(y - 1)}" width="6" height="2.8" fill="${ink}"/>`;
    case 'full':
      return `<polygon points="${points([cx - 6.5, y - 1], [cx + 6.5, y - 1], [cx + 8, y + 2.5], [cx - 8, y + 2.5])}" fill="${ink}"/>`;
  }
}

function beardSvg(beard: Beard, head: Head, colours: Palette): string {
  const { cx, cy, rx, ry } = head;
  const ink = colours.black;
  switch (beard) {
    case 'none':
      return '';
    case 'pointed':
      return `<polygon points="${points([cx - 8.5, cy + ry * 0.52], [cx + 8.5, cy + ry * 0.52], [cx + 6, cy + ry * 0.85], [cx, cy + ry + 11], [cx - 6, cy + ry * 0.85])}" fill="${ink}"/>`;
    case 'goatee':
      return `<polygon points="${points([cx - 5, cy + ry * 0.66], [cx + 5, cy + ry * 0.66], [cx + 1, cy + ry + 6], [cx - 1, cy + ry + 6])}" fill="${ink}"/>`;
    case 'full':
      return `<path d="${jaw(head, ry * 0.3, 1, 4)}" fill="${ink}"/>`;
    case 'trimmed':
      return `<path d="${jaw(head, ry * 0.5, 0.2, 2)}" fill="${ink}"/>`;
    case 'chinstrap':
      return `<path d="M${num(cx - rx + 0.8)} ${num(cy + 2)}A${num(rx)} ${num(ry + 1)} 0 0 0 ${num(cx + rx - 0.8)} ${num(cy + 2)}" fill="none" stroke="${ink}" stroke-width="4"/>`;
  }
}

function dressSvg(dress: Dress, colours: Palette): string {
  const { red, black, cream } = colours;
  const shoulders = `<polygon points="${points([8, 101], [14, 81], [29, 71.5], [50, 68], [71, 71.5], [86, 81], [92, 101])}" fill="${black}"/>`;
  const neck = `<rect x="44" y="56" width="12" height="15" fill="${cream}"/>`;
  const standingCollar = `<polygon points="${points([41, 65.5], [59, 65.5], [60.5, 74], [39.5, 74])}" fill="${black}" stroke="${cream}" stroke-width="0.9"/>`;
  switch (dress) {
    case 'tunic':
      // the plain, high-collared party tunic with breast pockets
      return (
        shoulders +
        neck +
        standingCollar +
        `<line x1="50" y1="74" x2="50" y2="101" stroke="${cream}" stroke-width="0.9"/>` +
        [80, 87, 94].map((y) => `<circle cx="50" cy="${y}" r="1.1" fill="${cream}"/>`).join('') +
        `<rect x="29" y="82" width="12" height="9" fill="none" stroke="${cream}" stroke-width="0.9"/>` +
        `<rect x="59" y="82" width="12" height="9" fill="none" stroke="${cream}" stroke-width="0.9"/>`
      );
    case 'military':
      // uniform collar with red tabs and the Sam Browne strap
      return (
        shoulders +
        neck +
        standingCollar +
        `<rect x="40.5" y="68" width="5" height="4" fill="${red}"/><rect x="54.5" y="68" width="5" height="4" fill="${red}"/>` +
        `<line x1="31" y1="73" x2="60" y2="101" stroke="${cream}" stroke-width="2.2"/>`
      );
    case 'suit':
      return (
        shoulders +
        neck +
        `<polygon points="${points([41, 68.5], [59, 68.5], [50, 90])}" fill="${cream}"/>` +
        `<polygon points="${points([48.6, 70], [51.4, 70], [52.6, 85], [50, 89], [47.4, 85])}" fill="${red}"/>` +
        `<line x1="39" y1="69.5" x2="48" y2="96" stroke="${cream}" stroke-width="0.9"/>` +
        `<line x1="61" y1="69.5" x2="52" y2="96" stroke="${cream}" stroke-width="0.9"/>`
      );
    case 'worker':
      // the kosovorotka: collarless shirt buttoned at the side
      return (
        shoulders +
        neck +
        `<polygon points="${points([40, 68.5], [60, 68.5], [58, 72], [42, 72])}" fill="${cream}"/>` +
        `<line x1="56" y1="72" x2="56" y2="88" stroke="${cream}" stroke-width="1"/>` +
        [76, 81, 86].map((y) => `<circle cx="56" cy="${y}" r="1" fill="${red}"/>`).join('')
      );
    case 'jacket':
      return (
        shoulders +
        neck +
        `<polygon points="${points([42, 68.5], [58, 68.5], [50, 82])}" fill="${cream}"/>` +
        `<circle cx="66" cy="80" r="2.4" fill="${red}"/>`
      );
  }
}

function shadeSvg(shade: Shade, head: Head, colours: Palette): string {
  if (shade === 'none') return '';
  const { cx, cy, rx, ry } = head;
  const sweep = shade === 'left' ? 0 : 1;
  return `<path d="M${num(cx)} ${num(cy - ry)}A${num(rx)} ${num(ry)} 0 0 ${sweep} ${num(cx)} ${num(cy + ry)}Z" fill="${colours.red}"/>`;
}

function displayName(id: string): string {
  return id.length === 0 ? 'Unknown leader' : id.charAt(0).toUpperCase() + id.slice(1);
}

/** An abstract geometric portrait of the leader with this id, as a self-contained SVG string. */
export function portraitSvg(leaderId: string, options: PortraitOptions = {}): string {
  const size = checkedDimension(options.size ?? 96, 'Portrait size');
  const colours = options.muted === true ? GREYS : POSTER;
  const look = LEADERS[leaderId] ?? derivedSpec(leaderId);
  const head = HEADS[look.head];
  const hair = hairSvg(look.hair, head, colours);
  const body = [
    `<rect width="100" height="100" fill="${colours.cream}"/>`,
    backdropSvg(look.backdrop, look.angle, colours),
    look.star ? `<circle cx="17" cy="17" r="11" fill="${colours.black}"/>${star(17, 17.8, 8.5, colours.red)}` : '',
    dressSvg(look.dress, colours),
    hair.behind,
    `<ellipse cx="${num(head.cx)}" cy="${num(head.cy)}" rx="${num(head.rx)}" ry="${num(head.ry)}" fill="${colours.cream}" stroke="${colours.black}" stroke-width="1.5"/>`,
    shadeSvg(look.shade, head, colours),
    hair.over,
    beardSvg(look.beard, head, colours),
    moustacheSvg(look.moustache, head, colours),
    eyesSvg(look.eyes, head, colours),
    headwearSvg(look.headwear, head, colours),
    `<rect x="1" y="1" width="98" height="98" fill="none" stroke="${colours.black}" stroke-width="2"/>`,
  ].join('');
  const title = escapeXml(options.label ?? displayName(leaderId));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${num(size)}" height="${num(size)}" role="img">` +
    `<title>${title}</title>${body}</svg>`
  );
}

/** The title screen's backdrop: a red wedge driving across a cream ground, black bars and concentric circles. */
export function posterBackgroundSvg(width: number, height: number): string {
  const w = checkedDimension(width, 'Poster width');
  const h = checkedDimension(height, 'Poster height');
  const unit = Math.min(w, h);
  const { red, black, cream } = POSTER;
  const ringsX = w * 0.76;
  const ringsY = h * 0.3;
  const rings = [0.3, 0.24, 0.18, 0.12]
    .map((r, i) => `<circle cx="${num(ringsX)}" cy="${num(ringsY)}" r="${num(unit * r)}" fill="none" stroke="${i % 2 === 0 ? black : red}" stroke-width="${num(unit * 0.012)}"/>`)
    .join('');
  const parts = [
    `<rect width="${num(w)}" height="${num(h)}" fill="${cream}"/>`,
    rings,
    `<circle cx="${num(ringsX)}" cy="${num(ringsY)}" r="${num(unit * 0.06)}" fill="${black}"/>`,
    `<polygon points="${points([-w * 0.05, h * 0.92], [w * 1.05, h * 0.38], [w * 1.05, h * 0.72])}" fill="${red}"/>`,
    `<rect x="${num(-w * 0.1)}" y="${num(h * 0.55)}" width="${num(w * 1.2)}" height="${num(unit * 0.05)}" fill="${black}" transform="rotate(-24 ${num(w / 2)} ${num(h * 0.55)})"/>`,
    `<rect x="${num(w * 0.06)}" y="${num(h * 0.1)}" width="${num(w * 0.34)}" height="${num(unit * 0.035)}" fill="${black}"/>`,
    `<rect x="${num(w * 0.06)}" y="${num(h * 0.1 + unit * 0.06)}" width="${num(w * 0.22)}" height="${num(unit * 0.018)}" fill="${black}"/>`,
    `<rect x="${num(w * 0.03)}" y="0" width="${num(unit * 0.015)}" height="${num(h)}" fill="${red}"/>`,
  ].join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(w)} ${num(h)}" width="${num(w)}" height="${num(h)}" ` +
    `preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">${parts}</svg>`
  );
}
