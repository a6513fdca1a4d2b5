import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.js';

// Tests never reach the network: every host name but the test server's (e.g. default map tiles)
// fails to resolve. Not request interception: puppeteer's holds the requests of a worker started
// in an iframe forever (the catalogue worker of the hostile pages never started under it).
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

const served = [];

const largeSample = async () =>
  (await readFile(new URL('./data-schema/examples/sample-catalogue.json', import.meta.url), 'utf8')) +
  ' '.repeat(1_500_000);
const flaky = new Set();
let slowWidgets = false;

export default {
  files: ['src/**/*.test.ts', 'test/hostile/*.test.ts', 'demo/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // @open-wc/testing loads Lit in development mode; its notice is noise in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // The sample catalogue may be read from the test server's other name (localhost / 127.0.0.1), as a
  // region's server that sends CORS headers would allow (the iframe embed's listed sources).
  middleware: [
    // Every path served, in order, at /__served: what a page, its workers and their imports
    // fetched alike (a worker's requests are not in the page's resource timing).
    // dist/ and the catalogues are revalidated, not cached for a year as the test runner has them
    // (its cache middleware sets that last, hence the guard): each request is seen here.
    (context, next) => {
      if (context.path === '/__served') {
        context.type = 'json';
        context.body = JSON.stringify(served);
        return undefined;
      }
      served.push(context.url);
      if (/^\/(dist|data-schema|__flaky|__flaky-small|__large|__missing)\//.test(context.path)) {
        context.set('Cache-Control', 'no-cache');
        const set = context.response.set.bind(context.response);
        context.response.set = (field, value) => {
          if (typeof field !== 'string' || field.toLowerCase() !== 'cache-control') set(field, value);
        };
      }
      return next();
    },
    // After a request to /__slow-widgets, the widgets' next modules arrive a second late: what
    // the autoloader starts meanwhile (the catalogue's fetch) is seen on its own.
    async (context, next) => {
      if (context.path === '/__slow-widgets') {
        slowWidgets = true;
        context.body = 'ok';
        return undefined;
      }
      if (slowWidgets && /^\/dist\/pomoc-(finder|navigator|map)(-[\w-]+)?\.js$/.test(context.path)) {
        slowWidgets = false;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      return next();
    },
    // A source that answers once, then is down (503): the last good copy's tests. Like /__large/,
    // the sample made larger than the loader reads on the page (WORKER_FROM in loader.ts);
    // /__flaky-small/ the sample as it is, which the page reads itself.
    async (context, next) => {
      const small = context.path.startsWith('/__flaky-small/');
      if (!small && !context.path.startsWith('/__flaky/')) return next();
      if (flaky.has(context.path)) {
        context.status = 503;
        return undefined;
      }
      flaky.add(context.path);
      context.type = 'json';
      context.body = small
        ? await readFile(new URL('./data-schema/examples/sample-catalogue.json', import.meta.url), 'utf8')
        : await largeSample();
      return undefined;
    },
    // The sample catalogue with 1.5 MB of whitespace after it: the same catalogue in a file that
    // the loader gives to its worker.
    async (context, next) => {
      if (!context.path.startsWith('/__large/')) return next();
      context.type = 'json';
      context.set('Cache-Control', 'no-cache');
      context.body = await largeSample();
      return undefined;
    },
    // A page whose Content-Security-Policy header forbids workers: the page cannot see it.
    (context, next) => {
      if (context.path === '/test/hostile/csp-header-no-worker.html') {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; worker-src 'none'; style-src 'self'; img-src 'self' data:",
        );
      }
      return next();
    },
    (context, next) => {
      if (context.path === '/data-schema/examples/sample-catalogue.json')
        context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
  // esnext, not es2022: esbuild drops import attributes below it, and the national crisis lines are a
  // JSON module (`with { type: 'json' }`) that the browser loads only with its attribute.
  plugins: [inlineCss(), esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_ARGS, OFFLINE] },
    }),
  ],
};

/** Serves `import css from './x.css?inline'` as a module exporting the CSS text, as Vite does. */
function inlineCss() {
  return {
    name: 'inline-css',
    async serve(context) {
      // Imported from a module, not linked: a package's CSS resolved outside the root (node_modules
      // a link to another checkout's) loses its "?inline" on the way, but is still fetched as a script.
      const imported = context.URL.searchParams.has('inline') || context.get('sec-fetch-dest') === 'script';
      if (!context.path.endsWith('.css') || !imported) return undefined;
      // A package outside the root (node_modules a link to another checkout's) comes as
      // /__wds-outside-root__/<levels up>/…: the same file, that many folders above.
      const path = context.path.replace(/^\/__wds-outside-root__\/(\d+)\//, (_, up) => '/..'.repeat(Number(up)) + '/');
      const css = await readFile(new URL(`.${path}`, import.meta.url), 'utf8');
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    },
  };
}
