// The page's builds point the scenario files' reader (src/scenario/yamlfile.ts) at src/scenario/yaml.browser.ts
// instead of the YAML package, which that file fetches as a chunk of its own when the page first reads YAML
// (a teacher's own file, the lesson plans). The game itself reads its scenarios compiled at build time and
// never downloads the parser. Node — the tools and the tests — reads the package directly.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const READER = /[\\/]src[\\/]scenario[\\/]yamlfile\.ts$/;
const LAZY = fileURLToPath(new URL('../src/scenario/yaml.browser.ts', import.meta.url));

export function lazyYaml(): Plugin {
  return {
    name: 'after-lenin:lazy-yaml',
    enforce: 'pre',
    // Not for the Node suites, which run through the same configuration and read YAML as the tools do.
    apply: (_config, { mode }) => mode !== 'test',
    resolveId: (source, importer) => (source === 'yaml' && importer !== undefined && READER.test(importer) ? LAZY : undefined),
  };
}
