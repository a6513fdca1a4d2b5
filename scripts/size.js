// `npm run size`: the gzip size of what a page loads, bundled and minified as a webmaster's page
// gets it, against the budgets: a page with only <pomoc-finder> loads ≤ 30 kB of JavaScript before
// its catalogue (ES modules; what loads with the catalogue or on demand is listed apart), and the
// classic script for all widgets (pomoc.iife.js and the modules it loads at once) ≤ 80 kB.
// pomoc.all.iife.js, everything in one file, is listed without a budget. Exit code 1 when a budget
// is exceeded.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { inlineCss } from './inline-css.js';
import { minifyLiteralsEsbuild } from './minify-literals.js';

const BUDGETS = { finderInitial: 30 * 1024, classic: 80 * 1024 };

const options = {
  bundle: true,
  minify: true,
  target: 'es2022',
  write: false,
  metafile: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  plugins: [inlineCss, minifyLiteralsEsbuild],
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** An ES build split into chunks: the entry with what it imports statically, and the rest. */
async function splitBuild(entry) {
  const result = await build({ ...options, entryPoints: [entry], format: 'esm', splitting: true, outdir: 'out' });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(file.path.indexOf('/out/') + 1), file]));
  const outputs = result.metafile.outputs;
  const entryName = Object.keys(outputs).find((name) => outputs[name].entryPoint);
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryName);
  const size = (names) => names.reduce((sum, name) => sum + gzip(files.get(name).contents), 0);
  const lazy = Object.keys(outputs).filter((name) => !initial.has(name) && name.endsWith('.js'));
  return {
    initial: size([...initial]),
    lazy: lazy.map((name) => ({ name, gzip: size([name]), inputs: inputsOf(outputs[name]) })),
  };
}

/** The three largest inputs of an output, to say what a chunk is. */
const inputsOf = (output) =>
  Object.entries(output.inputs)
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .slice(0, 3)
    .map(([input]) => input.replace(/^node_modules\//, '').replace(/^src\//, ''))
    .join(', ');

async function classicBuild(entry) {
  const result = await build({ ...options, entryPoints: [entry], format: 'iife' });
  return gzip(result.outputFiles[0].contents);
}

const finder = await splitBuild('src/widgets/finder/pomoc-finder.ts');
const widgets = await splitBuild('src/widgets.ts');
const loader = await build({ ...options, entryPoints: ['src/embed/classic.ts'], format: 'iife' });
const classic = gzip(loader.outputFiles[0].contents) + widgets.initial;
const all = await classicBuild('src/index.ts');

const rows = [
  ['<pomoc-finder> page, initial JS (ES modules)', finder.initial, BUDGETS.finderInitial],
  ['all widgets, classic script (pomoc.iife.js + its modules)', classic, BUDGETS.classic],
];
console.log('bundle                                                      gzip    budget');
let failed = false;
for (const [name, size, budget] of rows) {
  const pass = size <= budget;
  failed ||= !pass;
  console.log(`${name.padEnd(58)} ${kb(size).padStart(8)}  ≤ ${kb(budget)} ${pass ? 'PASS' : 'FAIL'}`);
}
console.log(`\neverything in one classic file (pomoc.all.iife.js, no budget): ${kb(all)}`);
console.log('\nloaded later by the finder page (with the catalogue, on the first typo, for another language):');
for (const chunk of finder.lazy.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${kb(chunk.gzip).padStart(8)}  ${chunk.inputs}`);
}
process.exit(failed ? 1 : 0);
