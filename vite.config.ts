import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals.js';
import { sampleBookletPlugin } from './scripts/sample-booklet.js';

const root = import.meta.dirname;

// `npm start` serves demo/ with the catalogue samples under /examples/;
// `npm run build` writes the library: ES modules (dist/pomoc.js with the catalogue API, one entry per
// widget, and the chunks they load on demand), then (`--mode classic`) dist/pomoc.all.iife.js, everything
// in one classic script; scripts/build-extras.js adds the pomoc.iife.js loader and the iframe embed.
// `npm run build:demo` (`--mode demo`) writes the demo site, with the sample catalogue, to demo-dist/.
// Both write (build:demo) or serve (npm start) the sample's printed booklet: scripts/sample-booklet.js.
export default defineConfig(({ mode, command }) => {
  const config = mode === 'demo' ? demoBuild() : mode === 'classic' ? classicBuild() : libraryBuild();
  return {
    root: resolve(root, 'demo'),
    publicDir: resolve(root, 'data-schema'),
    // The demo server listens on this machine only; `npm start -- --host` opens it to the network.
    server: { port: 5173 },
    ...config,
    plugins: [...config.plugins, ...(command === 'serve' ? [sampleBookletPlugin()] : [])],
  };
});

function libraryBuild() {
  return {
    plugins: [minifyLiteralsPlugin(), removeEarlierModules()],
    build: {
      outDir: resolve(root, 'dist'),
      // dist/node (the CLI, built at install) and dist/types stay; removeEarlierModules() clears
      // the modules of earlier builds.
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      // Towns serve these files as they are, and pomoc.iife.js loads them: minified, with source
      // maps. Vite's library mode leaves whitespace in ES output whatever `minify` says (it expects
      // the app's bundler to minify); `codegen: true` asks rolldown for whitespace removal as well.
      // Pure annotations stay for the bundlers of npm users, so they can still tree-shake.
      minify: 'oxc' as const,
      sourcemap: true,
      rolldownOptions: {
        output: {
          minify: { compress: true, mangle: true, codegen: true },
          // What every widget loads first, in two files instead of ≈ 14 (gzip starts afresh in each
          // file: finder 50.7 → 48.2 kB, navigator 40.3 → 38.2, finder + map 97.7 → 95.1): the
          // catalogue's reading and validation, which the worker loads too (no Lit in it), and Lit
          // with the widgets' common parts. Lit's directives and the rest stay with what uses them.
          codeSplitting: {
            groups: [
              {
                name: 'pomoc-data',
                test: /src[\\/]catalogue[\\/](codelists|normalize|hours|constants|text|loader|fetch|yield|errors|ingest|parse|validate-core|as-is\.generated|repair|schema-checks|national-crisis-lines|links|match)\.ts$/,
              },
              {
                name: 'pomoc-ui',
                test: /node_modules[\\/](lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag|decorators[\\/](property|state))|@lit[\\/]localize[\\/].*)\.js$|src[\\/]internal[\\/](errors|format|locale|language|base|contacts|styles|url-state)\.ts$|src[\\/]locales[\\/]locale-codes\.ts$/,
              },
            ],
          },
        },
      },
      lib: {
        entry: {
          pomoc: resolve(root, 'src/index.ts'),
          'pomoc-widgets': resolve(root, 'src/widgets.ts'),
          'pomoc-finder': resolve(root, 'src/widgets/finder/pomoc-finder.ts'),
          'pomoc-navigator': resolve(root, 'src/widgets/navigator/pomoc-navigator.ts'),
          'pomoc-map': resolve(root, 'src/widgets/map/pomoc-map.ts'),
          // The autoloader's early start of the catalogues' fetch (classic.ts).
          'pomoc-preload': resolve(root, 'src/catalogue/preload.ts'),
          // The catalogue worker, started by the loader from this folder (worker-client.ts).
          'pomoc-worker': resolve(root, 'src/catalogue/worker.ts'),
        },
        formats: ['es' as const],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
    },
  };
}

function classicBuild() {
  return {
    plugins: [minifyLiteralsPlugin()],
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: resolve(root, 'src/index.ts'),
        name: 'Pomoc',
        formats: ['iife' as const],
        fileName: () => 'pomoc.all.iife.js',
      },
    },
  };
}

function demoBuild() {
  return {
    // Relative URLs: the site works from any folder of any static server.
    base: './',
    plugins: [sampleCatalogues(), sampleBookletPlugin(), minifyLiteralsPlugin()],
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

/**
 * Removes the modules of earlier builds from dist/ before the library build writes its own: chunk
 * names are hashed, and old chunks would otherwise pile up there (and in the WordPress plugin,
 * which ships every module of dist/). Only dist/'s own files: dist/node (the CLI, built at
 * install) and dist/types stay.
 */
function removeEarlierModules(): Plugin {
  const dist = resolve(root, 'dist');
  return {
    name: 'pomoc-remove-earlier-modules',
    apply: 'build',
    buildStart() {
      if (!existsSync(dist)) return;
      for (const file of readdirSync(dist)) if (/\.js(\.map)?$/.test(file)) rmSync(join(dist, file));
    },
  };
}
