// The Counterfactual Lab screen: choose a scenario, a lens, both sides' policies, the number of games and the
// factors (src/ui/screens/labForm.ts); run the attribution in Web Workers with a progress bar and Cancel
// (labRun.ts); see the distribution of endings, the variants compared and the Shapley attribution, each as a
// chart with its data table beside it, or the same attribution under every lens side by side (labResults.ts).
// The numbers are the same as `npm run -s lab -- --json` for the same inputs and seed.
import './lab.css';
import './print.css';
import type { Catalog } from '../scenario/catalog';
import { button, el, type Child } from './dom';
import { bundledLabInputs } from './labdata';
import { labForm } from './screens/labForm';
import { cancelCurrent, labRunner } from './screens/labRun';
import { prepareLab, releaseLab } from '../lab/client';

export interface LabHost {
  catalog: Catalog;
  /** Puts the screen in the panel and moves focus to its h1. */
  show: (...children: Child[]) => void;
  /** Says a sentence in the page's polite live region. */
  announce: (text: string) => void;
  back: () => void;
  /** Scenario and lens to start with (e.g. those of the game just debriefed). */
  preset?: { scenario?: string; lens?: string };
}

export const LAB_HEADING = 'Counterfactual Lab';

/** Shows the Lab screen. */
export function showLab(host: LabHost): void {
  const mine = cancelCurrent();
  void prepareLab();
  const { catalog } = host;
  const inputs = bundledLabInputs(catalog);
  const form = labForm(catalog, inputs, host.preset ?? {}, () => runner.run());
  const runner = labRunner(catalog, inputs, form, host.announce, mine);
  host.show(
    el(
      'nav',
      { 'aria-label': 'Lab menu', class: 'game-nav no-print' },
      el('span', { class: 'progress' }, 'After Lenin · Counterfactual Lab'),
      button('Back to the title', () => {
        cancelCurrent();
        releaseLab();
        host.back();
      }, 'secondary'),
    ),
    el('p', { class: 'kicker' }, 'How far was it the rivals’ mistakes?'),
    el('h1', {}, LAB_HEADING),
    el(
      'p',
      { class: 'lead' },
      'Thousands of simulated games: correct one of Trotsky’s mistakes, or change the circumstances, and measure how Stalin’s chance of victory moves. Shapley values share the change fairly among the factors: each factor gets its average effect over every order in which the factors could be switched on.',
    ),
    form.element,
    runner.problem,
    runner.buttons,
    runner.progress,
    runner.results,
  );
}
