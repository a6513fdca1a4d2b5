// `npm run size`: the gzip size of what a page loads — the finder alone, and everything in one
// classic script — bundled and minified as a webmaster's page would get them.
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** `import css from 'x.css?inline'` as Vite serves it: the minified CSS text as a string. */
const inlineCss = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: require.resolve(args.path.replace(/\?inline$/, ''), { paths: [args.resolveDir] }),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code)};`, loader: 'js' };
    });
  },
};

const ENTRIES = [
  { name: 'finder only (ES module)', entry: 'src/widgets/finder/pomoc-finder.ts', format: 'esm' },
  { name: 'everything (classic script)', entry: 'src/index.ts', format: 'iife' },
  { name: 'map chunk (on demand)', entry: 'src/widgets/map/leaflet-view.ts', format: 'esm' },
];

const rows = [];
for (const { name, entry, format } of ENTRIES) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    plugins: [inlineCss],
  });
  const code = result.outputFiles[0].contents;
  rows.push({ name, minified: code.length, gzip: gzipSync(code, { level: 9 }).length });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('bundle                        minified     gzip');
for (const row of rows)
  console.log(`${row.name.padEnd(28)} ${kb(row.minified).padStart(9)} ${kb(row.gzip).padStart(8)}`);
