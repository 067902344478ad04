// One accessible modal dialog for the reader and the glossary: a native <dialog> shown modally, labelled by
// its heading, with focus moved in on opening, kept inside while it is open (Tab and Shift+Tab wrap round),
// closed by Escape or its Close button, and returned to the control that opened it.
import { append, button, el, type Child } from './dom';

let counter = 0;

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export interface Modal {
  dialog: HTMLDialogElement;
  /** Replaces the dialog's content under its heading (the heading text is updated too). */
  fill(title: string, ...children: Child[]): void;
  close(): void;
}

/** Opens a modal dialog; `opener` gets focus back when it closes (if it is still on the page). */
export function openModal(cls: string, opener: HTMLElement | null, title: string, ...children: Child[]): Modal {
  const id = `modal-${++counter}`;
  const heading = el('h2', { id: `${id}-title`, tabindex: -1 });
  const body = el('div', { class: 'modal-body' });
  const dialog = el('dialog', { class: `modal ${cls}`, 'aria-labelledby': heading.id, 'aria-modal': 'true' });
  const close = () => dialog.close();
  append(dialog, el('div', { class: 'modal-head' }, heading, button('Close', close, 'secondary modal-close')), body);
  const fill = (t: string, ...kids: Child[]) => {
    heading.textContent = t;
    body.replaceChildren();
    append(body, ...kids);
  };
  fill(title, ...children);
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null || x === document.activeElement);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === heading || !dialog.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  heading.focus();
  return { dialog, fill, close };
}
