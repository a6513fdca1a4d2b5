import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';

const root = import.meta.dirname;

// `npm start` serves demo/ with the catalogue samples under /examples/;
// `npm run build` writes the library: dist/pomoc.js (ES module) and dist/pomoc.iife.js (classic script);
// `npm run build:demo` (`--mode demo`) writes the demo site, with the sample catalogue, to demo-dist/.
export default defineConfig(({ mode }) => ({
  root: resolve(root, 'demo'),
  publicDir: resolve(root, 'data-schema'),
  server: { host: true, port: 5173 },
  ...(mode === 'demo' ? demoBuild() : libraryBuild()),
}));

function libraryBuild() {
  return {
    plugins: [minifyCssLiteralsPlugin()],
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      lib: {
        entry: resolve(root, 'src/index.ts'),
        name: 'Pomoc',
        formats: ['es' as const, 'iife' as const],
        fileName: (format: string) => (format === 'es' ? 'pomoc.js' : 'pomoc.iife.js'),
      },
    },
  };
}

function demoBuild() {
  return {
    // Relative URLs: the site works from any folder of any static server.
    base: './',
    plugins: [sampleCatalogues(), minifyCssLiteralsPlugin()],
    build: {
      outDir: resolve(root, 'demo-dist'),
      emptyOutDir: true,
      // Only the samples are needed, not the schema or the spreadsheet templates: see sampleCatalogues().
      copyPublicDir: false,
      target: 'es2022',
      rolldownOptions: {
        // Every page in demo/.
        input: readdirSync(resolve(root, 'demo'))
          .filter((name) => name.endsWith('.html'))
          .map((name) => resolve(root, 'demo', name)),
      },
    },
  };
}

/** Writes data-schema/examples/*.json to examples/ of the demo site, where the pages load them from. */
function sampleCatalogues(): Plugin {
  const examples = resolve(root, 'data-schema/examples');
  return {
    name: 'pomoc-sample-catalogues',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(examples).filter((name) => name.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `examples/${file}`, source: readFileSync(resolve(examples, file)) });
      }
    },
  };
}
