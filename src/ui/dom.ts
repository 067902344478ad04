// Small DOM builders. Text is always set with textContent: nothing from scenario data is parsed as HTML.
export type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value as EventListener);
    else if (key === 'class') node.className = String(value);
    // Styles go through the style object: a style attribute would break the Content-Security-Policy.
    else if (key === 'style') node.style.cssText = String(value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function button(text: string, onClick: () => void, cls = ''): HTMLButtonElement {
  return el('button', { type: 'button', class: cls || undefined, onclick: () => onClick() }, text);
}

/** Paragraphs from a text with blank-line breaks; `render` may turn each paragraph's text into pieces. */
export function paragraphs(text: string, cls?: string, render: (p: string) => Child[] = (p) => [p]): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => el('p', { class: cls }, ...render(p)));
}

/** A portrait from the repo's own SVG as an image (its alt text names the leader). */
export function portraitImg(svg: string, alt: string, size: number): HTMLImageElement {
  return el('img', { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, alt, width: size, height: size });
}

export function table(caption: string, head: string[], rows: Child[][], rowClass?: (i: number) => string | undefined): HTMLTableElement {
  return el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...rows.map((cells, i) =>
        el('tr', { class: rowClass?.(i) }, ...cells.map((c, j) => (j === 0 ? el('th', { scope: 'row' }, c) : el('td', { class: typeof c === 'string' && /^[-+−]?\d/.test(c) ? 'num' : undefined }, c)))),
      ),
    ),
  );
}
