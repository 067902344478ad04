// A scenario file chosen on this device (a teacher's own lesson or campaign): the file field, the "reading" state
// while the checker is fetched and runs, and the located list of mistakes. Used by the teachers' screen, by a
// student opening an assignment set on such a file, and by the class view. Nothing leaves the device.
import { append, el, type Child } from '../dom';

/** The mistakes found in a file, one located line each, as a list a teacher can work through. */
export function problemList(fileName: string, problems: string[]): HTMLElement {
  const n = problems.length;
  return el(
    'div',
    { class: 'notice', role: 'alert' },
    el('p', {}, `${fileName} has ${n} mistake${n === 1 ? '' : 's'}. Each line says where (the field, or the line and column) and what is wrong:`),
    el('ul', { class: 'problems' }, ...problems.map((p) => el('li', {}, p))),
  );
}

/** A notice that something went wrong (an alert, read out at once). */
export function alertText(text: string): HTMLElement {
  return el('p', { class: 'notice', role: 'alert' }, text);
}

export interface FileFieldOptions {
  id: string;
  label: string;
  hint?: string;
  /** What was made of the file's text: the elements to show under the field. */
  read: (name: string, text: string) => Promise<Child[]>;
  /** Shown under the field before any file is chosen. */
  initial?: Child[];
}

/** A labelled field for one .yaml file and the place its result appears. */
export function fileField(o: FileFieldOptions): HTMLElement {
  const input = el('input', { type: 'file', id: o.id, accept: '.yaml,.yml,text/yaml', 'aria-describedby': o.hint ? `${o.id}-hint` : undefined });
  const out = el('div', { 'aria-live': 'polite', id: `${o.id}-result`, class: 'file-result' }, ...(o.initial ?? []));
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    out.replaceChildren(el('p', { role: 'status', class: 'working' }, `Reading ${file.name}…`));
    void file
      .text()
      .then(
        (text) => o.read(file.name, text),
        () => [alertText(`${file.name} could not be read: choose it again.`)],
      )
      .then((children) => {
        out.replaceChildren();
        append(out, ...children);
      });
  });
  return el('div', { class: 'field file-field' }, el('label', { for: o.id }, o.label), o.hint ? el('p', { class: 'hint', id: `${o.id}-hint` }, o.hint) : null, input, out);
}
