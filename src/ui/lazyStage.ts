// The stage loads after the title: Phaser and the scenes are a chunk of their own (src/ui/stage.ts), fetched
// once the game's chunk has started (src/ui/game.ts), while the player reads the title, and started the first
// time a stage is shown.
// Until then this stands in for it and keeps only what the stage must do once it is there.
import type { StageKey } from '../../scenes/index';
import type { StageLike } from './app';
import { whenIdle } from './idle';

/** Fetches the stage's chunk (once; later calls share the same promise). */
let loading: Promise<typeof import('./stage')> | null = null;
function loadStageModule(): Promise<typeof import('./stage')> {
  loading ??= import('./stage');
  return loading;
}

export class LazyStage implements StageLike {
  private stage: StageLike | null = null;
  private pending: { key: StageKey; data: unknown } | null = null;
  private visible = false;
  private failed = false;

  constructor(
    private readonly column: HTMLElement,
    private readonly leaderIds: string[],
  ) {}

  /** Fetches the chunk ahead of need once the page has drawn the title and the browser has a moment free. */
  prefetch(): void {
    whenIdle(() => void loadStageModule().catch(() => undefined));
  }

  show(key: StageKey, data: unknown): void {
    if (this.stage) return this.stage.show(key, data);
    this.pending = { key, data };
    this.start();
  }

  refresh(): void {
    this.stage?.refresh();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.stage?.setVisible(visible);
  }

  /** Starts the real stage and hands it what was asked for meanwhile; without it the page plays on, undrawn. */
  private start(): void {
    if (this.failed) return;
    loadStageModule().then(
      ({ Stage }) => {
        if (this.stage) return;
        const stage = new Stage(this.column, this.leaderIds);
        this.stage = stage;
        stage.setVisible(this.visible);
        if (this.pending) stage.show(this.pending.key, this.pending.data);
        this.pending = null;
      },
      () => {
        // The picture is decoration: every choice and figure is in the panel, so the game goes on without it.
        this.failed = true;
        this.column.dataset.scene = 'unavailable';
      },
    );
  }
}
