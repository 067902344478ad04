// How the served build is cut into files, beyond what the imports decide. The page's first script
// (src/main.ts) shows the title; the game follows as chunks fetched while the player reads it. The Lab's
// workers import the Lab's session from the same build (src/lab/serve.ts), so the rules and the compiled
// catalogue are downloaded once for the page and its workers. A worker can run only code that never touches
// the page, so everything the session needs is kept in one chunk, "engine", that imports nothing from the
// page's own chunks; the few modules the first script shares with it are a small chunk of their own. (The YAML
// parser is a chunk of its own too, "yaml", fetched only when the page first reads YAML: build/lazyYaml.ts.)

/** A module id's path, with forward slashes. */
const path = (id: string) => id.replace(/\\/g, '/');

export const ENGINE_CHUNKS = [
  // Shared by the title's first script and the engine, and importing nothing: the game's words, the menu's
  // helpers and the bundler's helper for fetching chunks (which touches the page only when it is called).
  { name: 'shared', test: (id: string) => /\/src\/scenario\/(words|menu)\.ts$|vite\/preload-helper/.test(path(id)), priority: 2 },
  // The Lab's session and everything it imports: rules, flow, the catalogue and its readers, zod.
  { name: 'engine', test: (id: string) => /\/src\/(lab\/(bundled|protocol)|scenario\/jitless)\.ts$/.test(path(id)), priority: 1 },
  // The YAML parser, named so that the offline copy can leave it to be stored when first used (build/pwa.ts).
  { name: 'yaml', test: (id: string) => /\/node_modules\/yaml\//.test(path(id)), priority: 3 },
];
