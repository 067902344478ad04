// The DOM overlay: every text and control of the game. It owns one XState actor, renders each machine state
// as an accessible screen, autosaves after every accepted event, and tells the Phaser stage what to draw.
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { posterBackgroundSvg, portraitSvg } from '../../assets/art/portraits';
import type { SoundBoard } from '../audio/sound';
import { createGameMachine, type GameMachine } from '../flow/machine';
import { makeSave, restoreSave, type Restored } from '../flow/save';
import type { Scenario } from '../scenario/playable';
import { POLICIES, type GameConfig, type GameState, type PolicyId, type Side, type VoteRecord } from '../rules/state';
import { POLICY_WORDS, bodyName, lineSentence, tallyText } from '../scenario/words';
import { turnHalf, turnName, turnYear } from '../scenario/turns';
import { defaultLens, lensById, scenarioById, type Catalog } from '../scenario/catalog';
import type { Note, Role } from '../scenario/schema';
import type { DeskView, EndingView, HallView, MapView, PolitburoView, SceneData } from '../../scenes/views';
import type { StageKey } from '../../scenes/index';
import { append, button, el, paragraphs, portraitImg, table, type Child } from './dom';
import { SIDE_LETTER, campName, leaderName, postName, seatName, sideName, sourceLabel, standingText, statusWord } from './labels';
import { ledgerTable } from './ledger';
import { applyToDocument, loadSettings, motionReduced, saveSettings, type Settings, type TextSize } from './settings';
import { clearUiState, loadUiState, saveUiState } from './uistate';
import { showDebrief } from './debrief';
import { showLab } from './lab';
import { sourcesContent, sourcesLine } from './sources';

export const SAVE_KEY = 'after-lenin:save';

export interface StageLike {
  show(key: StageKey, data: unknown): void;
  refresh(): void;
  setVisible(visible: boolean): void;
}

type Snap = SnapshotFrom<GameMachine>;

const DIFFICULTIES: { id: PolicyId; label: string; hint: string }[] = POLICIES.map((id) => ({ id, label: POLICY_WORDS[id].label, hint: POLICY_WORDS[id].hint }));


export class App {
  private settings: Settings = loadSettings();
  private actor: Actor<GameMachine> | null = null;
  private machine: GameMachine;
  private lastKey = '';
  private voteIndex = 0;
  /** The vote to show on entering the votes of a resumed game (instead of the first). */
  private resumeVoteIndex: number | null = null;
  private outcome: { decision: string; option: string } | null = null;
  private inSettings = false;
  /** The screen whose announcement and sound cues were last given, so a redraw does not repeat them. */
  private lastCue = '';
  private saveProblem: string | null = null;

  constructor(
    private readonly catalog: Catalog,
    private readonly root: HTMLElement,
    private readonly panel: HTMLElement,
    private readonly announcer: HTMLElement,
    private readonly stage: StageLike,
    private readonly sound: SoundBoard | null,
  ) {
    this.machine = createGameMachine(catalog);
    applyToDocument(this.settings);
    this.sound?.apply(this.settings);
    const unlock = () => {
      this.sound?.unlock();
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    matchMedia('(prefers-reduced-motion: reduce)').addEventListener?.('change', () => applyToDocument(this.settings));
  }

  /** The first screen: the setup when the address names a scenario, lens or role, otherwise the title. */
  start(): void {
    const params = new URLSearchParams(location.search);
    const scenario = params.get('scenario');
    const lens = params.get('lens');
    const role = params.get('role');
    const problems: string[] = [];
    if (scenario !== null && !scenarioById(this.catalog, scenario)) {
      problems.push(`There is no scenario called "${scenario}". The scenarios are: ${this.catalog.scenarios.map((s) => s.id).join(', ')}.`);
    }
    if (lens !== null && !lensById(this.catalog, lens)) {
      problems.push(`There is no lens called "${lens}". The lenses are: ${this.catalog.lenses.map((l) => l.id).join(', ')}.`);
    }
    if (role !== null && role !== 'stalin' && role !== 'trotsky') problems.push(`There is no role called "${role}": play as stalin or trotsky.`);
    if (problems.length) return this.showLinkError(problems);
    if (scenario !== null || lens !== null || role !== null) {
      return this.showSetup({ scenario: scenario ?? undefined, lens: lens ?? undefined, role: (role as Role | null) ?? undefined });
    }
    this.showTitle();
  }

  // ---------------------------------------------------------------- shell

  /** Shows a screen and moves focus to its heading, or to `opts.focus` (an alert that must be heard first). */
  private screen(opts: { poster?: boolean; stage?: boolean; focus?: HTMLElement | null }, ...children: Child[]): void {
    this.root.classList.toggle('no-stage', !opts.stage);
    this.root.classList.toggle('poster', opts.poster === true);
    this.root.style.backgroundImage = opts.poster
      ? `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(posterBackgroundSvg(1600, 900))}")`
      : '';
    this.panel.replaceChildren();
    append(this.panel, ...children);
    this.panel.scrollTop = 0;
    window.scrollTo(0, 0); // on phones the page itself scrolls
    this.stage.setVisible(opts.stage === true);
    if (opts.stage) this.stage.refresh();
    const heading = this.panel.querySelector('h1');
    if (heading) heading.setAttribute('tabindex', '-1');
    const target = opts.focus ?? heading;
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }

  /** Gives a screen's announcement and sound cues once per screen, not on every redraw (e.g. back from Settings). */
  private cueOnce(screen: string, cues: () => void): void {
    const key = `${screen}|${this.actor ? this.snap.context.log.length : 0}`;
    if (key === this.lastCue) return;
    this.lastCue = key;
    cues();
  }

  private announce(text: string): void {
    this.announcer.textContent = '';
    window.setTimeout(() => (this.announcer.textContent = text), 50);
  }

  private showStage<T>(key: StageKey, view: T): void {
    const data: SceneData<T> = { view, reducedMotion: motionReduced(this.settings) };
    this.stage.show(key, data);
  }

  // ---------------------------------------------------------------- title, settings, setup

  private readSave(): Restored | null {
    let text: string | null;
    try {
      text = localStorage.getItem(SAVE_KEY);
    } catch {
      return null;
    }
    if (text === null) return null;
    return restoreSave(this.catalog, text);
  }

  showTitle(): void {
    this.stopGame();
    const restored = this.readSave();
    this.saveProblem = restored && !restored.ok ? restored.reason : null;
    const menu = el('div', { class: 'menu' });
    if (restored?.ok) {
      const st = restored.snapshot.context.state;
      const sc = scenarioById(this.catalog, st.config.scenario)!;
      menu.append(button('Continue', () => this.resume(restored), 'primary'));
      menu.append(el('p', { class: 'hint' }, `${sc.title} — as ${campName(sc, st.config.role ?? 'stalin')}, ${turnName(sc.calendar, st.turn)}`));
    }
    menu.append(button('New game', () => this.showSetup({}), restored?.ok ? '' : 'primary'));
    menu.append(button('Lab', () => this.openLab()));
    menu.append(button('Settings', () => this.showSettings(() => this.showTitle())));
    menu.append(button('Sources', () => this.screen({}, el('div', { class: 'sheet' }, ...sourcesContent(this.catalog), el('div', { class: 'actions' }, button('Back to the title', () => this.showTitle(), 'secondary'))))));
    const notice = this.saveProblem
      ? el(
          'section',
          { class: 'notice', role: 'alert', 'aria-labelledby': 'save-problem' },
          el('h2', { id: 'save-problem' }, 'Your saved game could not be loaded'),
          el('p', {}, `Reason: ${this.saveProblem}.`),
          el('p', {}, 'You can start a new game; the damaged save will be replaced when you do.'),
          button('Discard the damaged save', () => {
            localStorage.removeItem(SAVE_KEY);
            clearUiState();
            this.showTitle();
          }, 'secondary'),
        )
      : null;
    this.screen(
      { poster: true, focus: notice },
      el(
        'div',
        { class: 'sheet' },
        el('p', { class: 'kicker' }, 'A game of the Soviet power struggle, 1923–1929'),
        el('h1', {}, el('span', { class: 'title-banner' }, 'After Lenin')),
        el('p', { class: 'lead' }, 'Lenin is dying. Play Stalin or Trotsky, change what happened, and see every vote — and why it went the way it did.'),
        notice,
        menu,
      ),
    );
  }

  private showSettings(back: () => void): void {
    this.inSettings = true;
    const s = this.settings;
    const update = (patch: Partial<Settings>) => {
      this.settings = { ...this.settings, ...patch };
      saveSettings(this.settings);
      applyToDocument(this.settings);
      this.sound?.apply(this.settings);
    };
    const range = (id: string, label: string, value: number, set: (v: number) => void) =>
      el(
        'div',
        { class: 'setting' },
        el('label', { for: id }, label),
        el('input', {
          id,
          type: 'range',
          min: 0,
          max: 100,
          step: 5,
          value: Math.round(value * 100),
          oninput: (e: Event) => set(Number((e.target as HTMLInputElement).value) / 100),
        }),
      );
    const check = (id: string, label: string, value: boolean, set: (v: boolean) => void) =>
      el(
        'div',
        { class: 'setting' },
        el('input', { id, type: 'checkbox', checked: value, onchange: (e: Event) => set((e.target as HTMLInputElement).checked) }),
        el('label', { for: id }, label),
      );
    const sizes: [TextSize, string][] = [
      ['normal', 'Normal'],
      ['large', 'Large'],
      ['larger', 'Larger'],
    ];
    this.screen(
      { poster: true },
      el(
        'div',
        { class: 'sheet' },
        el('h1', {}, 'Settings'),
        el(
          'fieldset',
          {},
          el('legend', {}, 'Sound'),
          range('music-volume', 'Music volume', s.music, (v) => update({ music: v })),
          range('effects-volume', 'Effects volume', s.effects, (v) => update({ effects: v })),
          check('mute', 'Mute all sound', s.muted, (v) => update({ muted: v })),
        ),
        el(
          'fieldset',
          {},
          el('legend', {}, 'Text size'),
          ...sizes.map(([id, label]) =>
            el(
              'div',
              { class: 'choice' },
              el('input', { type: 'radio', name: 'text-size', id: `text-${id}`, value: id, checked: s.textSize === id, onchange: () => update({ textSize: id }) }),
              el('label', { for: `text-${id}` }, label),
            ),
          ),
        ),
        el(
          'fieldset',
          {},
          el('legend', {}, 'Motion'),
          check('reduced-motion', 'Reduce motion (animations are skipped)', s.reducedMotion, (v) => update({ reducedMotion: v })),
          el('p', { class: 'hint' }, 'Motion is also reduced when your system asks for it.'),
        ),
        el('div', { class: 'actions' }, button('Back', () => {
          this.inSettings = false;
          back();
        }, 'primary')),
      ),
    );
  }

  private showSetup(pre: { scenario?: string; lens?: string; role?: Role }): void {
    const radios = <T extends string>(name: string, legend: string, items: { id: T; label: string; hint?: string }[], selected: T) =>
      el(
        'fieldset',
        {},
        el('legend', {}, legend),
        ...items.map((it) =>
          el(
            'div',
            { class: 'choice' },
            el('input', { type: 'radio', name, id: `${name}-${it.id}`, value: it.id, checked: it.id === selected, 'aria-describedby': it.hint ? `${name}-${it.id}-hint` : undefined }),
            el('label', { for: `${name}-${it.id}` }, it.label),
            it.hint ? el('p', { class: 'hint', id: `${name}-${it.id}-hint` }, it.hint) : null,
          ),
        ),
      );
    const campaign = this.catalog.scenarios.find((s) => s.kind === 'campaign') ?? this.catalog.scenarios[0];
    const form = el(
      'form',
      { onsubmit: (e: Event) => e.preventDefault() },
      radios<Role>('role', 'Play as', [
        { id: 'stalin', label: 'Stalin', hint: campaign.roles.stalin },
        { id: 'trotsky', label: 'Trotsky', hint: campaign.roles.trotsky },
      ], pre.role ?? 'stalin'),
      radios('scenario', 'Scenario', this.catalog.scenarios.map((s) => ({ id: s.id, label: s.kind === 'lesson' ? `Lesson: ${s.title}` : s.title, hint: s.summary })), pre.scenario ?? campaign.id),
      radios('lens', "Historian's lens", this.catalog.lenses.map((l) => ({ id: l.id, label: l.name, hint: l.summary })), pre.lens ?? defaultLens(this.catalog).id),
      radios<PolicyId>('difficulty', 'Difficulty', DIFFICULTIES, 'historical'),
    );
    const value = (name: string) => (form.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement).value;
    this.screen(
      { poster: true },
      el(
        'div',
        { class: 'sheet' },
        el('h1', {}, 'New game'),
        form,
        el(
          'div',
          { class: 'actions' },
          button('Start the game', () => {
            const role = value('role') as Role;
            const rival: Role = role === 'stalin' ? 'trotsky' : 'stalin';
            const policies = { stalin: 'historical', trotsky: 'historical' } as Record<Role, PolicyId>;
            policies[rival] = value('difficulty') as PolicyId;
            const seedParam = new URLSearchParams(location.search).get('seed');
            const config: GameConfig = {
              scenario: value('scenario'),
              role,
              lens: value('lens'),
              seed: seedParam ?? Math.floor(Math.random() * 1e9),
              policies,
            };
            this.newGame(config);
          }, 'primary'),
          button('Back to the title', () => this.showTitle(), 'secondary'),
        ),
      ),
    );
  }

  private showLinkError(problems: string[]): void {
    const alert = el('div', { class: 'notice', role: 'alert', 'aria-labelledby': 'link-problem' }, el('h2', { id: 'link-problem' }, 'The link has a mistake'), ...problems.map((p) => el('p', {}, p)));
    this.screen(
      { poster: true, focus: alert },
      el(
        'div',
        { class: 'sheet' },
        el('h1', {}, 'This link does not open a game'),
        alert,
        el('div', { class: 'actions' }, button('Back to the title', () => {
          history.replaceState(null, '', location.pathname);
          this.showTitle();
        }, 'primary')),
      ),
    );
  }

  // ---------------------------------------------------------------- the game

  private stopGame(): void {
    this.actor?.stop();
    this.actor = null;
    this.lastKey = '';
  }

  private newGame(config: GameConfig): void {
    this.stopGame();
    this.attach(createActor(this.machine, { input: { config } }));
  }

  private resume(restored: Extract<Restored, { ok: true }>): void {
    this.stopGame();
    this.machine = restored.machine;
    const ui = loadUiState(restored.save.log);
    this.attach(createActor(restored.machine, { snapshot: restored.snapshot, input: { config: restored.save.config } }), ui?.outcome ?? null, ui?.voteIndex ?? null);
  }

  private attach(actor: Actor<GameMachine>, outcome: App['outcome'] = null, voteIndex: number | null = null): void {
    this.actor = actor;
    this.outcome = outcome;
    this.resumeVoteIndex = voteIndex;
    actor.subscribe((snap) => this.onSnapshot(snap));
    actor.start();
    this.onSnapshot(actor.getSnapshot());
  }

  private onSnapshot(snap: Snap): void {
    const key = `${String(snap.value)}|${snap.context.log.length}`;
    if (key === this.lastKey) return;
    const enteringVotes = snap.value === 'voting' && !this.lastKey.startsWith('voting|');
    this.lastKey = key;
    if (enteringVotes) this.voteIndex = this.resumeVoteIndex ?? 0;
    this.resumeVoteIndex = null;
    this.autosave(snap);
    if (!this.inSettings) this.renderGame();
  }

  private autosave(snap: Snap): void {
    if (!this.actor) return;
    const save = makeSave(snap.context.state.config, snap.context.log, this.actor.getPersistedSnapshot());
    try {
      localStorage.setItem(SAVE_KEY, JSON.stringify(save));
    } catch {
      /* storage unavailable: the game goes on unsaved */
    }
  }

  private send(event: Parameters<Actor<GameMachine>['send']>[0]): void {
    this.actor?.send(event);
  }

  private get snap(): Snap {
    return this.actor!.getSnapshot();
  }

  private sc(state: GameState): Scenario {
    return scenarioById(this.catalog, state.config.scenario)!;
  }

  private renderGame(): void {
    if (!this.actor) return;
    this.inSettings = false;
    const snap = this.snap;
    const state = snap.context.state;
    saveUiState({ log: snap.context.log.length, outcome: this.outcome, voteIndex: this.voteIndex });
    switch (snap.value) {
      case 'briefing':
        return this.renderBriefing(state);
      case 'events':
        return this.renderEvents(state);
      case 'choosing':
        return this.outcome ? this.renderOutcome(state) : this.renderChoosing(state);
      case 'voting':
        return this.outcome ? this.renderOutcome(state) : this.renderVote(state);
      case 'consequences':
        return this.renderConsequences(state, snap.context.apparatusBefore);
      case 'ending':
        return this.outcome ? this.renderOutcome(state) : this.renderEnding(state);
      case 'debrief':
        return this.renderDebrief(state);
      default:
        return this.renderEvents(state);
    }
  }

  private gameNav(state: GameState): HTMLElement {
    const sc = this.sc(state);
    return el(
      'nav',
      { 'aria-label': 'Game menu', class: 'game-nav' },
      el('span', { class: 'progress' }, `${sc.title.split(':')[0]} · as ${campName(sc, state.config.role ?? 'stalin')}`),
      button('Settings', () => this.showSettings(() => this.renderGame()), 'secondary'),
      button('Save and leave', () => this.showTitle(), 'secondary'),
    );
  }

  private noteBlock(note: Note, head = 'What really happened'): HTMLElement {
    return el(
      'div',
      { class: 'note' },
      el('p', {}, el('span', { class: 'note-head' }, `${head} (${note.date}). `), note.text),
      sourcesLine(note.sources),
    );
  }

  private renderBriefing(state: GameState): void {
    const sc = this.sc(state);
    const role = state.config.role ?? 'stalin';
    this.showDesk(state);
    this.screen(
      { stage: true },
      this.gameNav(state),
      el('p', { class: 'kicker' }, `Briefing · ${turnName(sc.calendar, state.turn)}`),
      el('h1', {}, sc.title),
      ...paragraphs(sc.summary, 'lead'),
      el('div', { class: 'document minutes' }, el('p', { class: 'doc-kind' }, `Secret · for ${leaderName(sc, role)} only`), ...paragraphs(sc.briefing[role], 'body')),
      sc.lesson ? el('section', {}, el('h2', {}, 'Questions to answer as you play'), el('ul', {}, ...sc.lesson.questions.map((q) => el('li', {}, q)))) : null,
      el('div', { class: 'actions' }, button('Begin', () => this.send({ type: 'BEGIN' }), 'primary')),
    );
    this.sound?.play('typewriter');
  }

  private leaderCards(state: GameState): HTMLElement {
    const sc = this.sc(state);
    const ids = sc.campaign.leaders.filter((l) => sc.desk.includes(l.id) || state.leaders[l.id]?.politburo !== 'none').map((l) => l.id);
    return el(
      'ul',
      { class: 'leaders', 'aria-label': 'The leaders' },
      ...ids.map((id) => {
        const l = state.leaders[id];
        const posts = Object.entries(state.posts).filter(([, holder]) => holder === id).map(([p]) => postName(sc, p));
        const out = l.status !== 'active';
        const status = statusWord(l.status);
        return el(
          'li',
          { class: `leader${out ? ' out' : ''}` },
          portraitImg(portraitSvg(id, { size: 56, muted: out }), '', 56),
          el(
            'div',
            {},
            el('span', { class: 'name' }, leaderName(sc, id)),
            el('span', { class: 'meter' }, campName(sc, l.camp)),
            status ? el('span', { class: 'meter status' }, status.charAt(0).toUpperCase() + status.slice(1)) : null,
            el('span', { class: 'meter' }, posts.length ? posts.join(', ') : seatName(l.politburo)),
            el('span', { class: 'meter' }, standingText(l)),
          ),
        );
      }),
    );
  }

  private showDesk(state: GameState): void {
    const sc = this.sc(state);
    const events = state.events.filter((e) => e.turn === state.turn).map((e) => sc.eventById[e.id]).filter(Boolean);
    const view: DeskView = {
      half: turnHalf(sc.calendar, state.turn).replace('–', ' – '),
      year: String(turnYear(sc.calendar, state.turn)),
      documents: events.map((e) => ({ kind: e.kind, title: e.title })),
      leaders: sc.desk.filter((id) => state.leaders[id]).map((id) => {
        const l = state.leaders[id];
        const post = Object.entries(state.posts).find(([, h]) => h === id)?.[0];
        return {
          id,
          name: leaderName(sc, id).split(' ').slice(-1)[0],
          post: post ? postName(sc, post) : seatName(l.politburo),
          out: l.status !== 'active',
          status: statusWord(l.status),
          prestige: l.prestige,
          heir: l.heir,
          stigma: l.stigma,
        };
      }),
    };
    this.showStage('Desk', view);
  }

  private renderEvents(state: GameState): void {
    const sc = this.sc(state);
    const events = state.events.filter((e) => e.turn === state.turn).map((e) => sc.eventById[e.id]).filter(Boolean);
    this.showDesk(state);
    const half = turnHalf(sc.calendar, state.turn);
    this.screen(
      { stage: true },
      this.gameNav(state),
      el('div', { class: 'calendar', 'aria-hidden': 'true' }, el('span', { class: 'half' }, half), el('span', { class: 'year' }, String(turnYear(sc.calendar, state.turn)))),
      el('p', { class: 'kicker' }, `Half-year ${state.turn - sc.start + 1} of ${sc.end - sc.start + 1}`),
      el('h1', {}, turnName(sc.calendar, state.turn)),
      events.length === 0 ? el('p', {}, 'No dispatches reach your desk this half-year.') : null,
      ...events.map((e) =>
        el(
          'article',
          { class: `document ${e.kind}`, 'aria-labelledby': `event-${e.id}` },
          el('p', { class: 'doc-kind' }, e.kind),
          el('h2', { id: `event-${e.id}`, style: 'font-family:inherit;font-size:1.15rem' }, e.title),
          ...paragraphs(e.text, 'body'),
          this.noteBlock(e.note),
        ),
      ),
      el('h2', {}, 'The leaders'),
      this.leaderCards(state),
      el('div', { class: 'actions' }, button('Continue', () => this.send({ type: 'CONTINUE' }), 'primary')),
    );
    if (events.some((e) => e.kind === 'telegram')) this.sound?.play('telegraph');
    else this.sound?.play('typewriter');
  }

  private renderChoosing(state: GameState): void {
    const sc = this.sc(state);
    const done = new Set(state.choices.map((c) => c.decision));
    const role = state.config.role ?? 'stalin';
    const decision = (sc.decisionsByTurn[state.turn] ?? []).find((d) => d.role === role && !done.has(d.id) && this.isOpen(d.id));
    if (!decision) return this.renderEvents(state);
    this.showDesk(state);
    this.screen(
      { stage: true },
      this.gameNav(state),
      el('p', { class: 'kicker' }, `Decision · ${turnName(sc.calendar, state.turn)}`),
      el('h1', {}, decision.title),
      ...paragraphs(decision.prompt, 'lead'),
      el(
        'ul',
        { class: 'options', 'aria-label': 'Your options' },
        ...decision.options.map((o) =>
          el(
            'li',
            { class: 'option' },
            button(o.label, () => {
              this.outcome = { decision: decision.id, option: o.id };
              this.send({ type: 'CHOOSE', decision: decision.id, option: o.id });
            }),
            el('p', {}, o.text),
          ),
        ),
      ),
    );
  }

  /** Only decisions the machine will accept are offered. */
  private isOpen(decisionId: string): boolean {
    const state = this.snap.context.state;
    const sc = this.sc(state);
    const d = sc.decisionById[decisionId];
    return d !== undefined && this.snap.can({ type: 'CHOOSE', decision: decisionId, option: d.options[0].id });
  }

  private renderOutcome(state: GameState): void {
    const sc = this.sc(state);
    const { decision: did, option: oid } = this.outcome!;
    const d = sc.decisionById[did];
    const o = d.options.find((x) => x.id === oid)!;
    const hist = d.options.find((x) => x.historical)!;
    this.screen(
      { stage: true },
      this.gameNav(state),
      el('p', { class: 'kicker' }, `Your decision · ${d.title}`),
      el('h1', {}, o.label),
      el('div', { class: 'outcome' }, ...paragraphs(o.outcome)),
      el(
        'section',
        { class: 'document minutes', 'aria-labelledby': 'history-head' },
        el('h2', { id: 'history-head', style: 'font-family:inherit;font-size:1.15rem' }, o.historical ? 'You did what really happened' : `In history: ${hist.label}`),
        this.noteBlock(d.note),
      ),
      el('div', { class: 'actions' }, button('Continue', () => {
        this.outcome = null;
        this.renderGame();
      }, 'primary')),
    );
    this.announce(`You chose: ${o.label}.`);
  }

  private turnVotes(state: GameState): VoteRecord[] {
    return state.votes.filter((v) => v.turn === state.turn);
  }

  private renderVote(state: GameState): void {
    const sc = this.sc(state);
    const votes = this.turnVotes(state);
    if (votes.length === 0) {
      this.showDesk(state);
      this.screen(
        { stage: true },
        this.gameNav(state),
        el('p', { class: 'kicker' }, `Votes · ${turnName(sc.calendar, state.turn)}`),
        el('h1', {}, 'No votes this half-year'),
        el('p', {}, 'The Politburo, the Central Committee and the Congress take no vote that decides the struggle this half-year. Your rivals have made their moves.'),
        el('div', { class: 'actions' }, button('Continue', () => this.send({ type: 'CONTINUE' }), 'primary')),
      );
      return;
    }
    const i = Math.min(this.voteIndex, votes.length - 1);
    const v = votes[i];
    const def = sc.voteById[v.id];
    const tally = tallyText(v);
    const hall = v.body !== 'politburo';
    if (hall) {
      const view: HallView = {
        title: def.title,
        blocs: v.blocs.map((b) => ({ name: b.name, for: b.for, against: b.against, abstain: b.abstain })),
        passed: v.passed,
      };
      this.showStage('HallVote', view);
    } else {
      const view: PolitburoView = {
        title: def.title,
        members: v.members.map((m) => ({ id: m.leader, name: leaderName(sc, m.leader).split(' ').slice(-1)[0], vote: m.vote })),
        passed: v.passed,
      };
      this.showStage('PolitburoVote', view);
    }
    const ledger = v.blocs.length
      ? ledgerTable(
          'The blocs and how they voted',
          v.blocs.map((b) => ({ ...b, movedBy: b.movedBy.map((m) => ({ label: sourceLabel(sc, m.source), impact: m.impact })) })),
        )
      : null;
    const members = v.members.length
      ? table(
          'How each member voted, in turn',
          ['Member', 'Faction', 'Vote'],
          v.members.map((m) => [leaderName(sc, m.leader), campName(sc, state.leaders[m.leader]?.camp ?? ''), el('span', { class: `ballot-${m.vote}` }, m.vote)]),
        )
      : null;
    const last = i === votes.length - 1;
    this.screen(
      { stage: true },
      this.gameNav(state),
      el('p', { class: 'kicker' }, `${bodyName(v.body)} · ${def.date} · vote ${i + 1} of ${votes.length}`),
      el('h1', {}, def.title),
      el('p', { class: 'lead' }, `Motion: ${def.motion}`),
      v.held
        ? el('p', {}, el('span', { class: `verdict ${v.passed ? 'passed' : 'failed'}` }, v.passed ? 'Carried' : 'Defeated'), ' ', el('span', { class: 'tally' }, tally))
        : el('p', { class: 'notice' }, `The vote was not held: ${v.reason ?? 'the conditions for it were not met'}.`),
      v.held ? el('p', {}, `Needed: ${Math.round(v.threshold * 100)}% of those voting. ${lineSentence(v.lineWith)}`) : null,
      members,
      el(
        'section',
        { class: 'why', 'aria-labelledby': `why-${v.id}` },
        el('h2', { id: `why-${v.id}` }, 'Why this result?'),
        ledger ?? el('p', {}, 'Politburo members vote as individuals, by faction and by their standing; see the table of members above.'),
      ),
      el(
        'section',
        { class: 'document minutes', 'aria-labelledby': `hist-${v.id}` },
        el('h2', { id: `hist-${v.id}`, style: 'font-family:inherit;font-size:1.15rem' }, 'In history'),
        el('p', {}, def.historical.summary),
        this.noteBlock(def.note, 'Note'),
      ),
      el('div', { class: 'actions' }, last
        ? button('Continue', () => this.send({ type: 'CONTINUE' }), 'primary')
        : button('Next vote', () => {
            this.voteIndex = i + 1;
            this.renderGame();
          }, 'primary')),
    );
    this.cueOnce(`vote-${i}`, () => {
      this.announce(v.held ? `${def.title}: ${v.passed ? 'carried' : 'defeated'}, ${tally}.` : `${def.title}: not held.`);
      if (hall) this.sound?.play('murmurs');
      this.sound?.play('gavel');
      if (hall && v.passed) window.setTimeout(() => this.sound?.play('applause'), 900);
    });
  }

  private renderConsequences(state: GameState, before: Side[]): void {
    const sc = this.sc(state);
    const closed = state.ending ? state.turn : state.turn - 1;
    const regions = sc.campaign.regions;
    const view: MapView = {
      title: `The apparatus after ${turnName(sc.calendar, closed)}`,
      regions: regions.map((r, i) => ({ name: r.name, x: r.x, y: r.y, side: state.secretaries[i], before: before[i] ?? state.secretaries[i] })),
    };
    this.showStage('ApparatusMap', view);
    const changed = regions.map((_, i) => before[i] !== undefined && before[i] !== state.secretaries[i]);
    const counts = new Map<Side, number>();
    for (const s of state.secretaries) counts.set(s, (counts.get(s) ?? 0) + 1);
    const nChanged = changed.filter(Boolean).length;
    const summary = `${nChanged} regional secretar${nChanged === 1 ? 'y' : 'ies'} changed hands. ${[...counts.entries()].map(([s, n]) => `${sideName(sc, s)}: ${n}`).join('; ')}.`;
    const votes = state.votes.filter((v) => v.turn === closed && v.held);
    this.screen(
      { stage: true },
      this.gameNav(state),
      el('p', { class: 'kicker' }, `Consequences · ${turnName(sc.calendar, closed)}`),
      el('h1', {}, 'The apparatus'),
      el('p', { class: 'lead' }, 'The General Secretary appoints the regional secretaries; they choose the congress delegates; the Congress elects the Central Committee, which elects the Politburo and the Secretariat. This is the circular flow of power.'),
      el('p', {}, summary),
      votes.length ? el('ul', {}, ...votes.map((v) => el('li', {}, `${sc.voteById[v.id]?.title ?? v.id}: ${v.passed ? 'carried' : 'defeated'} ${v.for}–${v.against}`))) : null,
      table(
        'Regional secretaries by loyalty (letters as on the map)',
        ['Region', 'Before', 'Now', 'Changed'],
        regions.map((r, i) => [
          r.name,
          `${SIDE_LETTER[before[i] ?? state.secretaries[i]]} — ${sideName(sc, before[i] ?? state.secretaries[i])}`,
          `${SIDE_LETTER[state.secretaries[i]]} — ${sideName(sc, state.secretaries[i])}`,
          changed[i] ? 'Yes' : 'No',
        ]),
        (i) => (changed[i] ? 'changed' : undefined),
      ),
      el('h2', {}, 'The leaders'),
      this.leaderCards(state),
      el('div', { class: 'actions' }, button('Continue', () => this.send({ type: 'CONTINUE' }), 'primary')),
    );
    this.cueOnce('consequences', () => this.announce(`Consequences of ${turnName(sc.calendar, closed)}: ${summary}`));
  }

  private renderEnding(state: GameState): void {
    const sc = this.sc(state);
    const ending = state.ending ? sc.endingById[state.ending.id] : undefined;
    const title = ending?.title ?? 'The struggle ends';
    const view: EndingView = { title, year: String(turnYear(sc.calendar, state.turn)), winner: state.ending?.winner === 'collective' ? 'lenin' : (sc.campLeader[state.ending?.winner ?? ''] ?? 'stalin') };
    this.showStage('Ending', view);
    this.screen(
      { stage: true },
      el('p', { class: 'kicker' }, `The ending · ${turnName(sc.calendar, state.ending?.turn ?? state.turn)}`),
      el('h1', {}, title),
      ...(ending ? paragraphs(ending.summary, 'lead') : []),
      ending ? el('section', { 'aria-labelledby': 'epilogue' }, el('h2', { id: 'epilogue' }, 'Epilogue'), ...paragraphs(ending.epilogue)) : null,
      ending ? this.noteBlock(ending.note, 'History') : null,
      el('div', { class: 'actions' }, button('Debrief', () => this.send({ type: 'DEBRIEF' }), 'primary')),
    );
    this.cueOnce('ending', () => {
      this.announce(`The game is over: ${title}.`);
      this.sound?.play('gavel');
    });
  }

  private renderDebrief(state: GameState): void {
    showDebrief({
      catalog: this.catalog,
      config: state.config,
      log: this.snap.context.log,
      state,
      show: (...children) => this.screen({}, ...children),
      announce: (text) => this.announce(text),
      newGame: () => this.showSetup({}),
      title: () => this.showTitle(),
      openLab: () => this.openLab({ scenario: state.config.scenario, lens: state.config.lens }),
    });
  }

  private openLab(preset?: { scenario?: string; lens?: string }): void {
    this.stopGame();
    showLab({ catalog: this.catalog, show: (...children) => this.screen({}, ...children), announce: (text) => this.announce(text), back: () => this.showTitle(), preset });
  }
}
