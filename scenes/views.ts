// The plain data each scene draws, made by the interface from machine snapshots. Scenes never run rules.
export type Ballot = 'for' | 'against' | 'abstain';
export type SideId = 'stalin' | 'trotsky' | 'zinoviev' | 'bukharin' | 'line';

export interface DeskView {
  half: string;
  year: string;
  documents: { kind: string; title: string }[];
  /** `post` is the leader's main post or his Politburo seat; `status` is null while he is active. */
  leaders: { id: string; name: string; post: string; out: boolean; status: string | null; prestige: number; heir: number; stigma: number }[];
}
export interface PolitburoView {
  title: string;
  members: { id: string; name: string; vote: Ballot }[];
  passed: boolean;
}
export interface HallView {
  title: string;
  blocs: { name: string; for: number; against: number; abstain: number }[];
  passed: boolean;
}
export interface MapView {
  title: string;
  regions: { name: string; x: number; y: number; side: SideId; before: SideId }[];
}
export interface EndingView {
  title: string;
  year: string;
  winner: string;
}
export interface SceneData<T> {
  view: T;
  reducedMotion: boolean;
}

/** The size the stage is designed around; the canvas itself takes whatever room its column gives it. */
export const W = 960;
export const H = 640;
/** The smallest canvas the scenes lay out for (a hidden stage reports zero). */
export const MIN_W = 240;
export const MIN_H = 160;
export const COLOURS = { red: 0xb3261e, black: 0x1b1b1b, cream: 0xf2e8d5, paper: 0xfbf6ea, grey: 0x8c8c8c, gold: 0xd9a441, blue: 0x2f4f7f };
export const SIDE_COLOUR: Record<SideId, number> = { stalin: 0xb3261e, trotsky: 0x2f4f7f, zinoviev: 0xd9a441, bukharin: 0x3f7f4a, line: 0x8c8c8c };
export const SIDE_LETTER: Record<SideId, string> = { stalin: 'S', trotsky: 'T', zinoviev: 'Z', bukharin: 'B', line: 'L' };
export const HEADING_FONT = '"Oswald", "Arial Narrow", sans-serif';
export const MONO_FONT = '"Courier New", Courier, monospace';
export const portraitKey = (id: string, out = false) => `portrait-${id}${out ? '-muted' : ''}`;
