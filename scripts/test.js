// `npm test`: lint, typecheck, Node tests (CLI, schema), browser tests (headless Chromium) and the
// WordPress plugin in a real WordPress (test/wordpress/), then one line of totals. Every step runs;
// the exit code is 1 if any failed. The README promises one command that runs every test, and CI
// calls exactly it.
import { spawn } from 'node:child_process';
import { ensureChromium } from './chromium.js';

// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters
const ANSI = /\x1b\[[0-9;]*m/g;

function run(name, command, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ name, ok: code === 0, output: output.replace(ANSI, '') }));
  });
}

const last = (text, pattern) => [...text.matchAll(pattern)].at(-1);

const chromium = ensureChromium();
const steps = [];
// The interface translations are generated from xliff/ (never edited by hand).
steps.push(await run('translations', 'npm', ['run', '--silent', 'localize:build']));
steps.push(await run('lint', 'npm', ['run', '--silent', 'lint']));
steps.push(await run('typecheck', 'npm', ['run', '--silent', 'typecheck']));
steps.push(await run('build CLI', 'npm', ['run', '--silent', 'build:node']));
const node = await run('node tests', 'npm', ['run', '--silent', 'test:node']);
steps.push(node);
// The hostile-page and embed tests load the classic script and the embed from dist/, as a town's page would.
steps.push(await run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']));
steps.push(await run('build all-in-one', 'npx', ['vite', 'build', '--mode', 'classic', '--logLevel', 'warn']));
steps.push(await run('build extras', 'node', ['scripts/build-extras.js']));
// The size budgets: a finder page's first load, and the classic script (npm run size).
steps.push(await run('size', 'npm', ['run', '--silent', 'size']));
const browser = await run('browser tests', 'npm', ['run', '--silent', 'test:browser'], { CHROME_PATH: chromium });
steps.push(browser);
// The WordPress plugin as a webmaster installs it: it builds dist/pomoc-wordpress.zip and installs
// Debian's WordPress, MariaDB and Apache when missing (see test/wordpress/test-wordpress.js).
// POMOC_SKIP_WORDPRESS=1 leaves it out while developing something else; CI never sets it.
const wordpress =
  process.env.POMOC_SKIP_WORDPRESS === '1'
    ? undefined
    : await run('WordPress plugin', 'npm', ['run', '--silent', 'test:wordpress'], { CHROME_PATH: chromium });
if (wordpress) steps.push(wordpress);

const nodePassed = Number(last(node.output, /^# pass (\d+)/gm)?.[1] ?? 0);
const nodeFailed = Number(last(node.output, /^# fail (\d+)/gm)?.[1] ?? (node.ok ? 0 : 1));
const browserCounts = last(browser.output, /(\d+) passed, (\d+) failed/g);
const browserPassed = Number(browserCounts?.[1] ?? 0);
const browserFailed = Number(browserCounts?.[2] ?? (browser.ok ? 0 : 1));
const wordpressCounts = wordpress && last(wordpress.output, /^(\d+) passed, (\d+) failed/gm);
const wordpressPassed = Number(wordpressCounts?.[1] ?? 0);
const wordpressFailed = wordpress ? Number(wordpressCounts?.[2] ?? (wordpress.ok ? 0 : 1)) : 0;

console.log('\n── Summary ──');
for (const step of steps) console.log(`${step.ok ? '✓' : '✗'} ${step.name}`);
console.log(`Node tests: ${nodePassed} passed, ${nodeFailed} failed`);
console.log(`Browser tests: ${browserPassed} passed, ${browserFailed} failed`);
if (wordpress) console.log(`WordPress checks: ${wordpressPassed} passed, ${wordpressFailed} failed`);
else console.log('WordPress checks: skipped (POMOC_SKIP_WORDPRESS=1)');
const failedSteps = steps.filter((step) => !step.ok).length;
const counted = nodeFailed + browserFailed + wordpressFailed;
const failed = counted + (failedSteps && !counted ? failedSteps : 0);
console.log(`${nodePassed + browserPassed + wordpressPassed} passed, ${failed} failed`);
process.exit(failedSteps ? 1 : 0);
