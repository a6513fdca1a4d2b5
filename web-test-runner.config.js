import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.js';

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
      launchOptions: { executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS },
      createPage: offlinePage,
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

/** Tests never reach the network: anything but the test server (e.g. default map tiles) is refused. */
async function offlinePage({ context }) {
  const page = await context.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    const local = protocol === 'blob:' || protocol === 'data:' || ['localhost', '127.0.0.1'].includes(hostname);
    if (local) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}
