// The teacher's kit in the page: the teachers' screen, an assignment opened from its link, and the student's
// report at the end of an assigned game. The router (src/ui/app.ts) hands it the few things it needs.
import './teachers.css';
import { decodeAssignment, resolveAssignment } from '../kit/assignment';
import { codeFile, makeCode } from '../kit/code';
import type { FlowEvent } from '../flow/machine';
import type { GameConfig } from '../rules/state';
import type { Catalog } from '../scenario/catalog';
import { activeAssignment, assignmentLink, assignParam, beginAssigned, clearAssignParam, forgetAssigned, storeAssigned } from './assigned';
import { downloadText } from './debrief';
import { assignmentScreen, reportSection } from './screens/assign';
import type { Screen } from './screens/parts';
import type { FileCheck } from './screens/teachers';
import { formatProblems } from '../scenario/problems';
import { linkErrorScreen } from './screens/title';

export interface TeachingHost {
  show: (screen: Screen) => void;
  announce: (text: string) => void;
  title: () => void;
  startNew: (config: GameConfig) => void;
}

export class Teaching {
  /** The teachers' own tools (src/ui/teacherTools.ts), once fetched. */
  private tools: typeof import('./teacherTools') | null = null;

  constructor(
    private readonly catalog: Catalog,
    private readonly host: TeachingHost,
  ) {}

  /** The teachers' screen, once its tools are fetched (the first time it opens; a student never needs them). */
  showTeachers(): void {
    if (!this.tools) {
      const failed = () => this.host.announce('The teachers\u2019 screen could not be loaded. Check the connection, then try again.');
      import('./teacherTools')
        .then(async (tools) => {
          await tools.loadYamlParser();
          this.tools = tools;
          this.showTeachers();
        })
        .catch(failed);
      return;
    }
    const actions = { check: (name: string, text: string) => this.checkFile(name, text), link: assignmentLink, classView: () => this.showClass(), plans: () => this.showPlans(), back: () => this.host.title() };
    this.host.show(this.tools.teachersScreen(this.catalog, actions));
  }

  /** Checks a teacher's scenario file against the game's campaigns, bibliography and scenarios. */
  private checkFile(name: string, text: string): FileCheck {
    const { campaigns, sources, scenarios } = this.catalog;
    const r = this.tools!.checkScenarioText(name, text, { campaigns, bib: sources, scenarios: scenarios.map((s) => s.id) });
    return { kind: r.kind, problems: formatProblems(r.problems) };
  }

  showPlans(): void {
    const { loadTeachers, plansScreen, teachersText, TEACHERS_FILE } = this.tools!;
    const content = loadTeachers(TEACHERS_FILE, teachersText(), this.catalog.scenarios.map((s) => s.id));
    this.host.show(plansScreen(this.catalog, content, { back: () => this.showTeachers() }));
  }

  showClass(): void {
    this.host.show(
      this.tools!.classScreen(this.catalog, {
        download: (text, fileName) => {
          downloadText(text, fileName, 'text/csv;charset=utf-8');
          this.host.announce(`The table was downloaded as ${fileName}.`);
        },
        announce: this.host.announce,
        back: () => this.showTeachers(),
      }),
    );
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
    const resolved = decoded.ok ? resolveAssignment(this.catalog, decoded.value) : decoded;
    if (!decoded.ok || !resolved.ok) {
      const reason = !decoded.ok ? decoded.reason : !resolved.ok ? resolved.reason : '';
      this.host.show(linkErrorScreen([`This assignment link cannot be opened: ${reason}. Ask your teacher for the link again, or copy it once more in full.`], { back }));
      return true;
    }
    const a = decoded.value;
    const start = () => {
      clearAssignParam();
      this.host.startNew(beginAssigned(a));
    };
    this.host.show(assignmentScreen(this.catalog, a, resolved.value.scenario, { start, back }));
    return true;
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
