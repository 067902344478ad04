// The lab worker's side of the conversation, driven as the page drives it: a run reports progress and ends
// with its tally; a cancel message sent while it runs stops it between seeds with "cancelled"; a bad request
// ends with an error message, never an exception.
import { describe, expect, it } from 'vitest';
import { createLabSession, type FromWorker } from '../../src/lab/protocol';
import { runLab, summariseLab } from '../../src/lab/run';
import { inputs, smallLabRequest, smallRequest } from './helpers';

function session() {
  const posted: FromWorker[] = [];
  let onPause: (() => void) | null = null;
  const handle = createLabSession({
    inputs: () => inputs,
    post: (m) => posted.push(m),
    // A pause that lets other messages in, as the worker's does.
    pause: () => new Promise<void>((resolve) => setTimeout(() => (onPause?.(), resolve()), 0)),
  });
  return { posted, handle, pauses: (f: () => void) => (onPause = f) };
}

const request = smallLabRequest;

describe('the lab worker session', () => {
  it('posts progress after every seed, then the tally, which gives runLab’s numbers', async () => {
    const { posted, handle } = session();
    await handle({ type: 'run', job: { kind: 'lab', request: request() } });
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress).toHaveLength(12);
    expect(progress.at(-1)).toEqual({ type: 'progress', done: 12 * 17, total: 12 * 17 });
    const done = posted.at(-1);
    if (done?.type !== 'done') throw new Error(`expected a tally, got ${JSON.stringify(done)}`);
    expect(summariseLab(request(), done.tallies['many-causes'])).toEqual(await runLab(smallRequest()));
  });

  it('stops between seeds when a cancel message arrives while it runs', async () => {
    const { posted, handle, pauses } = session();
    let pausesSeen = 0;
    pauses(() => {
      if (++pausesSeen === 2) void handle({ type: 'cancel' });
    });
    await handle({ type: 'run', job: { kind: 'lab', request: { ...request(), runs: 500 } } });
    expect(posted.at(-1)).toEqual({ type: 'cancelled' });
    expect(posted.filter((m) => m.type === 'progress')).toHaveLength(2);
  });

  it('can run again after a cancel, and runs lens comparisons', async () => {
    const { posted, handle } = session();
    await handle({ type: 'cancel' });
    await handle({ type: 'run', job: { kind: 'lenses', request: { ...request(), runs: 2 }, lenses: ['apparatus', 'policy'] } });
    const done = posted.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type === 'done') expect(Object.keys(done.tallies)).toEqual(['apparatus', 'policy']);
  });

  it('warms up when asked, says it is ready, and then runs a job with the same numbers', async () => {
    const { posted, handle } = session();
    await handle({ type: 'warm' });
    expect(posted).toEqual([{ type: 'ready' }]);
    await handle({ type: 'run', job: { kind: 'lab', request: request() } });
    const done = posted.at(-1);
    if (done?.type !== 'done') throw new Error(`expected a tally, got ${JSON.stringify(done)}`);
    expect(summariseLab(request(), done.tallies['many-causes'])).toEqual(await runLab(smallRequest()));
  });

  it('answers a bad request with an error message', async () => {
    const { posted, handle } = session();
    await handle({ type: 'run', job: { kind: 'lab', request: { ...request(), factors: ['nope'] } } });
    expect(posted).toEqual([{ type: 'error', message: expect.stringMatching(/^unknown factor "nope" \(known: /) }]);
  });
});
