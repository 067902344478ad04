// The lab session as a Web Worker runs it, in a chunk of the page's own build: each worker (src/lab/worker.ts)
// imports this file from the game's folder, so the rules and the compiled catalogue it plays with are the very
// files the page has already fetched — downloaded once, not again in a bundle of the worker's own — and the
// numbers are the page's. The page imports it only to learn its address (src/lab/workerport.ts).
import '../scenario/jitless';
import { bundledLabInputs, pauser } from './bundled';
import { createLabSession, type FromWorker, type ToWorker } from './protocol';

/** The first message a worker receives: the address of this file, to import. */
export interface ServeMessage {
  serve: string;
}

/** This file's address in the build. */
export const SERVE_URL: string = import.meta.url;

/** A lab session that answers through `post`. */
export function serveLab(post: (m: FromWorker) => void): (m: ToWorker) => Promise<void> | void {
  return createLabSession({ inputs: bundledLabInputs, post, pause: pauser() });
}
