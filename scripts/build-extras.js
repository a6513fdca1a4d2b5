// Part of `npm run build`, after Vite: pomoc.iife.js (the classic script that loads the widgets'
// modules from its folder) and the iframe embed — embed.html (loads pomoc.iife.js and embed.js) and
// embed-host.js for the page around the iframe — and THIRD-PARTY-LICENSES.txt.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

mkdirSync('dist', { recursive: true });

// An entry file of the build that only re-exports a chunk (`export{t as PomocFinder}from"./pomoc-finder-…js"`):
// the autoloader imports that chunk itself, one round trip less (src/embed/classic.ts). Where an entry
// is not such a file (a future bundler), the autoloader keeps importing the entry.
const REEXPORT = /^export\s*\{([^}]*)\}\s*from\s*"\.\/([\w.-]+\.js)";?\s*$/;
/** The chunk an entry re-exports, and the chunk's own name for each exported name. */
function reexported(file) {
  const match = REEXPORT.exec(readFileSync(`dist/${file}`, 'utf8'));
  if (!match) return { chunk: `./${file}`, names: undefined };
  const names = new Map(
    match[1].split(',').map((part) => {
      const [local, exported = local] = part.trim().split(/\s+as\s+/);
      return [exported, local];
    }),
  );
  return { chunk: `./${match[2]}`, names };
}
const preload = reexported('pomoc-preload.js');
const TAGS = ['pomoc-finder', 'pomoc-navigator', 'pomoc-map'];
const modules = Object.fromEntries(TAGS.map((tag) => [tag, reexported(`${tag}.js`).chunk]));
// What a widget's chunk imports (statically), and they in turn: the autoloader asks for them
// together with the chunk (<link rel="modulepreload">), not once each file has arrived and been read.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g;
function staticImports(chunk, found = new Set()) {
  for (const [, file] of readFileSync(`dist/${chunk.slice(2)}`, 'utf8').matchAll(STATIC_IMPORT)) {
    if (found.has(`./${file}`)) continue;
    found.add(`./${file}`);
    staticImports(`./${file}`, found);
  }
  return found;
}
// What a widget imports when it is connected, for its first results (the map: Leaflet and its
// view), is asked for with it too, with what that imports.
const FIRST_NEEDS = { 'pomoc-map': /^leaflet-view-/ };
const DYNAMIC_IMPORT = /\bimport\(\s*[`"']\.\/([\w.-]+\.js)[`"']\s*\)/g;
function importsOf(tag) {
  const found = staticImports(modules[tag]);
  const needs = FIRST_NEEDS[tag];
  if (!needs) return found;
  const chunk = readFileSync(`dist/${modules[tag].slice(2)}`, 'utf8');
  const wanted = [...chunk.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]).filter((file) => needs.test(file));
  if (wanted.length !== 1) throw new Error(`build-extras: <${tag}>'s chunk should import one file like ${needs}`);
  found.add(`./${wanted[0]}`);
  return staticImports(`./${wanted[0]}`, found);
}
const chunks = {
  modules,
  imports: Object.fromEntries(TAGS.map((tag) => [tag, [...importsOf(tag)]])),
  preload: preload.chunk,
  preloadExport: preload.names?.get('preloadCatalogue') ?? 'preloadCatalogue',
};

for (const [entry, outfile] of [
  ['src/embed/classic.ts', 'dist/pomoc.iife.js'],
  ['src/embed/embed.ts', 'dist/embed.js'],
  ['src/embed/host.ts', 'dist/embed-host.js'],
]) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    define: { __POMOC_CHUNKS__: JSON.stringify(chunks) },
  });
}
copyFileSync('src/embed/embed.html', 'dist/embed.html');

// The licences of the packages bundled into dist/ (Lit, Leaflet, fuse.js, zod, supercluster…),
// found from the source maps: their BSD, ISC, MIT and Apache licences ask that a redistribution
// carries their notices.
const bundled = new Set();
for (const name of readdirSync('dist').filter((file) => file.endsWith('.js.map'))) {
  for (const source of JSON.parse(readFileSync(`dist/${name}`, 'utf8')).sources ?? []) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (match) bundled.add(match[1]);
  }
}
const notices = [...bundled].sort().map((pkg) => {
  const dir = `node_modules/${pkg}`;
  const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
  if (!file) throw new Error(`build-extras: ${pkg} is bundled into dist/ but ships no licence file`);
  return `${pkg} ${version} (${license})\n\n${readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
});
writeFileSync(
  'dist/THIRD-PARTY-LICENSES.txt',
  `Packages bundled into these files, and their licences.\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);
