// Checks for Chromium, builds once and serves the build for every browser suite.
import type { TestProject } from 'vitest/node';
import { build, chromiumPath, serve } from './server';

export default async function setup(project: TestProject) {
  try {
    chromiumPath();
  } catch (err) {
    // One clear line instead of a stack trace.
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  build();
  const server = await serve();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
