// The teacher's kit in the page: the teachers' screen, an assignment opened from its link, and the student's
// report at the end of an assigned game. A teacher's own scenario file (or the one a student loads for an
// assignment set on it) joins the game's catalogue on this device, and is kept so that a reload keeps playing it.
// The router (src/ui/app.ts) hands it the few things it needs.
import './teachers.css';
import { decodeAssignment, needsScenarioFile, resolveAssignment, scenarioMismatch, type Assignment } from '../kit/assignment';
import { codeFile, makeCode } from '../kit/code';
import type { FlowEvent } from '../flow/machine';
import type { GameConfig } from '../rules/state';
import type { Catalog } from '../scenario/catalog';
import { activeAssignment, assignmentLink, assignParam, beginAssigned, clearAssignParam, forgetAssigned, storeAssigned } from './assigned';
import { downloadText } from './debrief';
import type { Child } from './dom';
import { assignmentFileScreen, assignmentScreen, reportSection, type OwnScenario } from './screens/assign';
import { alertText, problemList } from './screens/ownfile';
import type { Screen } from './screens/parts';
import type { FileLoad } from './screens/teachers';
import type { SetupPreset } from './address';
import { linkErrorScreen } from './screens/title';

/** Where the loaded scenario file is kept between visits: its name and text. */
export const OWN_FILE_KEY = 'after-lenin:own-scenario';

export interface TeachingHost {
  show: (screen: Screen) => void;
  announce: (text: string) => void;
  title: () => void;
  startNew: (config: GameConfig) => void;
  /** The setup screen, with a scenario chosen. */
  setup: (preset: SetupPreset) => void;
  /** The game's catalogue from now on (the built-in scenarios and the loaded file's). */
  useCatalog: (catalog: Catalog) => void;
}

/** The scenario file kept from an earlier visit, if there is one that can be read. */
function keptFile(): { name: string; text: string } | null {
  try {
    const kept = JSON.parse(localStorage.getItem(OWN_FILE_KEY) ?? 'null') as { name?: unknown; text?: unknown } | null;
    return kept && typeof kept.name === 'string' && typeof kept.text === 'string' ? { name: kept.name, text: kept.text } : null;
  } catch {
    return null;
  }
}

const CHECKER_FAILED = 'The file checker could not be loaded. Check the connection and try again.';

export class Teaching {
  private catalog: Catalog;
  private own: OwnScenario | null = null;
  private toolsLoading: Promise<typeof import('./teacherFiles')> | null = null;

  constructor(
    private readonly base: Catalog,
    private readonly host: TeachingHost,
  ) {
    this.catalog = base;
  }

  /** Whether a scenario of this id is built into the game (a teacher's file may not take its place). */
  private builtIn(id: string): boolean {
    return this.base.scenarios.some((s) => s.id === id);
  }

  /** The teachers' own tools and the YAML parser they read with: fetched the first time a teacher needs them. */
  private tools(): Promise<typeof import('./teacherFiles')> {
    this.toolsLoading ??= import('./teacherFiles').then(async (files) => {
      await files.loadYamlParser();
      return files;
    });
    this.toolsLoading.catch(() => (this.toolsLoading = null));
    return this.toolsLoading;
  }

  private toolsFailed = () => this.host.announce('The teachers\u2019 screen could not be loaded. Check the connection, then try again.');

  /** Reads a scenario file against the built-in scenarios (the checker is fetched the first time), adding a playable one. */
  private async read(name: string, text: string, refuse?: (load: FileLoad) => string | null): Promise<FileLoad | string> {
    let files: typeof import('./teacherFiles');
    try {
      files = await this.tools();
    } catch {
      return CHECKER_FAILED;
    }
    const r = files.readTeacherFile(this.base, name, text);
    const clash = r.added && this.builtIn(r.added.scenario.id);
    if (clash) return { ...r, added: null, problems: [`${name}: id: "${r.added!.scenario.id}" is the id of a scenario built into the game: give your scenario an id of its own`] };
    const refused = r.added && refuse ? refuse(r) : null;
    if (refused) return refused;
    if (r.added) this.adopt(r.added.catalog, { id: r.added.scenario.id, fileName: name }, text);
    return r;
  }

  private adopt(catalog: Catalog, own: OwnScenario, text: string | null): void {
    this.catalog = catalog;
    this.own = own;
    this.host.useCatalog(catalog);
    if (text === null) return;
    try {
      localStorage.setItem(OWN_FILE_KEY, JSON.stringify({ name: own.fileName, text }));
    } catch {
      /* too large or refused: the file stays loaded until the page is closed */
    }
  }

  /** Goes back to the built-in scenarios only, and forgets the kept file. */
  private forgetOwnFile(): void {
    this.catalog = this.base;
    this.own = null;
    this.host.useCatalog(this.base);
    try {
      localStorage.removeItem(OWN_FILE_KEY);
    } catch {
      /* nothing kept */
    }
  }

  /** Loads the scenario file kept from an earlier visit, if any, then calls `ready` (at once when there is none). */
  restoreOwnFile(ready: () => void): void {
    const kept = keptFile();
    if (!kept) return ready();
    this.tools()
      .then((files) => {
        const r = files.readTeacherFile(this.base, kept.name, kept.text);
        if (r.added && !this.builtIn(r.added.scenario.id)) this.adopt(r.added.catalog, { id: r.added.scenario.id, fileName: kept.name }, null);
      })
      // A file that cannot be read back now leaves the built-in scenarios; it stays kept for the teachers' screen.
      .catch(() => undefined)
      .finally(ready);
  }

  showTeachers(): void {
    const actions = {
      load: (name: string, text: string) => this.read(name, text),
      play: (scenario: string) => this.host.setup({ scenario }),
      forget: () => {
        this.forgetOwnFile();
        this.showTeachers();
        this.host.announce('The file is no longer used on this device.');
      },
      link: assignmentLink,
      classView: () => this.showClass(),
      plans: () => this.showPlans(),
      back: () => this.host.title(),
    };
    this.tools().then((t) => this.host.show(t.teachersScreen(this.catalog, this.own, actions)), this.toolsFailed);
  }

  showPlans(): void {
    this.tools().then((t) => this.host.show(t.plansScreen(this.base, t.lessonPlans(this.base), { back: () => this.showTeachers() })), this.toolsFailed);
  }

  showClass(): void {
    this.tools().then((t) => this.host.show(
      t.classScreen(this.catalog, this.own, {
        load: (name, text) => this.read(name, text),
        download: (text, fileName) => {
          downloadText(text, fileName, 'text/csv;charset=utf-8');
          this.host.announce(`The table was downloaded as ${fileName}.`);
        },
        announce: this.host.announce,
        back: () => this.showTeachers(),
      }),
    ), this.toolsFailed);
  }

  /** Opens the assignment in the address, if there is one (true), or says what is wrong with its link. */
  openAssignment(): boolean {
    const param = assignParam();
    if (param === null) return false;
    const back = () => {
      clearAssignParam();
      this.host.title();
    };
    const decoded = decodeAssignment(`?assign=${param}`);
    // Set on a teacher's own file (a scenario the game does not have, or not in this version): the student loads it.
    if (decoded.ok && needsScenarioFile(this.catalog, decoded.value) && !this.builtIn(decoded.value.scenario)) {
      this.host.show(assignmentFileScreen(decoded.value, { read: (name, text) => this.readForAssignment(decoded.value, name, text), back }));
      return true;
    }
    const resolved = decoded.ok ? resolveAssignment(this.catalog, decoded.value) : decoded;
    if (!decoded.ok || !resolved.ok) {
      const reason = !decoded.ok ? decoded.reason : !resolved.ok ? resolved.reason : '';
      this.host.show(linkErrorScreen([`This assignment link cannot be opened: ${reason}. Ask your teacher for the link again, or copy it once more in full.`], { back }));
      return true;
    }
    this.showAssignment(decoded.value, back);
    return true;
  }

  private showAssignment(a: Assignment, back: () => void): void {
    const resolved = resolveAssignment(this.catalog, a);
    if (!resolved.ok) return;
    const start = () => {
      clearAssignParam();
      this.host.startNew(beginAssigned(a));
    };
    this.host.show(assignmentScreen(this.catalog, a, resolved.value.scenario, { start, back }));
  }

  /** A student's file for an assignment: only the very file it was set on is taken; then the assignment opens. */
  private async readForAssignment(a: Assignment, name: string, text: string): Promise<Child[]> {
    const refuse = (load: FileLoad) => {
      const why = scenarioMismatch(a, load.added!.scenario);
      return why ? `${name} is not the file this assignment was set on: ${why}. Ask your teacher for the file that goes with the link.` : null;
    };
    const r = await this.read(name, text, refuse);
    if (typeof r === 'string') return [alertText(r)];
    if (r.problems.length) return [problemList(name, r.problems)];
    if (!r.added) return [alertText(`${name} is a ${r.kind} file, not a scenario: choose the file ending in .yaml that your teacher shared with the link.`)];
    this.showAssignment(a, () => {
      clearAssignParam();
      this.host.title();
    });
    return [];
  }

  /** A game started without a link is not an assignment. */
  forgetAssignment(): void {
    forgetAssigned();
  }

  /** The ending screen, with the student's report under it when the game was assigned. */
  withReport(screen: Screen, config: GameConfig, log: readonly FlowEvent[]): Screen {
    const active = activeAssignment(this.catalog, config);
    if (!active) return screen;
    const { assignment, scenario, questions, record } = active;
    const report = reportSection(questions, record, {
      make: (name, answers) => makeCode({ assignment, scenario, seed: record.seed, name, answers, log }),
      keep: (r) => storeAssigned({ ...record, ...r }),
      download: (code, name) => {
        const file = codeFile(code, { name, scenarioTitle: scenario.title });
        downloadText(file.text, file.fileName, 'text/plain;charset=utf-8');
        this.host.announce(`Your report code was downloaded as ${file.fileName}.`);
      },
    });
    const children = [...screen.children];
    children.splice(Math.max(0, children.length - 1), 0, report);
    return { ...screen, children };
  }
}
