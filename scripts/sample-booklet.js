// The demo site's printed catalogue: `pomoc booklet` run on the sample catalogue. `npm run build:demo`
// writes katalog.pdf and the HTML it prints from (booklet/) into demo-dist/; `npm start` makes them on
// first request. Without Chromium the HTML is still made (it paginates in the browser) and the PDF
// answers with what to install, so the dev server never fails for want of a browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SAMPLE = join(root, 'data-schema/examples/sample-catalogue.json');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** Runs the CLI from source (tsx), so the demo shows the booklet of the code as it is now. */
function pomoc(args) {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(${JSON.stringify(args)}); })`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en' } },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

/** The booklet in a fresh folder: booklet/ always, katalog.pdf when Chromium prints it. */
async function makeBooklet() {
  const directory = mkdtempSync(join(tmpdir(), 'pomoc-demo-booklet-'));
  const html = join(directory, 'booklet');
  const pdf = join(directory, 'katalog.pdf');
  const full = await pomoc(['booklet', SAMPLE, '-o', pdf, '--html', html, '--lang', 'cs']);
  if (full.code === 0) return { directory, message: full.output };
  const htmlOnly = await pomoc(['booklet', SAMPLE, '--html', html, '--lang', 'cs']);
  if (htmlOnly.code !== 0) throw new Error(`pomoc booklet failed:\n${htmlOnly.output}`);
  return { directory, message: full.output };
}

function filesUnder(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function sampleBookletPlugin() {
  let made;
  return {
    name: 'pomoc-sample-booklet',
    async generateBundle() {
      const { directory, message } = await makeBooklet();
      if (!existsSync(join(directory, 'katalog.pdf'))) this.warn(`the sample booklet's PDF was not made:\n${message}`);
      for (const file of filesUnder(directory)) {
        this.emitFile({ type: 'asset', fileName: relative(directory, file), source: readFileSync(file) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        if (path !== '/katalog.pdf' && !path.startsWith('/booklet/')) return next();
        made ??= makeBooklet();
        made.then(
          ({ directory, message }) => {
            const file = join(directory, path);
            if (!file.startsWith(directory) || !existsSync(file)) {
              response.statusCode = path === '/katalog.pdf' ? 503 : 404;
              response.setHeader('Content-Type', 'text/plain; charset=utf-8');
              response.end(path === '/katalog.pdf' ? `The PDF needs Chromium.\n\n${message}` : 'Not found');
              return;
            }
            response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
            response.end(readFileSync(file));
          },
          (error) => next(error),
        );
      });
    },
  };
}
