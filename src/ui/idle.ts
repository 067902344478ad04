// Work that can wait: run once the page has drawn its next frame and the browser has a moment free (at the
// latest after two seconds), so that fetching ahead never holds up what the player sees.

export function whenIdle(run: () => void): void {
  const idle = (window as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  requestAnimationFrame(() => (idle ? idle(run, { timeout: 2000 }) : setTimeout(run, 200)));
}
