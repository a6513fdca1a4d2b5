// `npm run build:demo` writes a static demo site that works offline from any folder of any static
// server: every page of demo/, its scripts under relative URLs, and the sample catalogue it loads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const pages = ['index.html', 'finder.html', 'navigator.html', 'map.html', 'builder.html'];

describe('the demo build', () => {
  const out = mkdtempSync(join(tmpdir(), 'pomoc-demo-'));
  let build: ReturnType<typeof spawnSync>;

  before(() => {
    build = spawnSync(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--mode', 'demo', '--outDir', out, '--logLevel', 'warn'],
      { cwd: root, encoding: 'utf8' },
    );
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('succeeds', () => {
    assert.equal(build.status, 0, String(build.stderr));
  });

  it('writes every page, each loading its scripts and styles by relative URLs', () => {
    assert.deepEqual(
      readdirSync(join(root, 'demo'))
        .filter((name) => name.endsWith('.html'))
        .sort(),
      [...pages].sort(),
    );
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      assert.ok(
        urls.some((url) => /^\.\/assets\/.+\.css$/.test(url)),
        `${page} has its stylesheet`,
      );
      for (const url of urls.filter((url) => !/^(https:|data:|#)/.test(url))) {
        assert.match(url, /^\.\//, `${page}: ${url} is relative`);
        assert.ok(existsSync(join(out, url.split('#')[0])), `${page}: ${url} is written`);
      }
    }
    assert.match(readFileSync(join(out, 'builder.html'), 'utf8'), /<script type="module"[^>]* src="\.\/assets\//);
  });

  it('writes the sample catalogue where the pages load it, its printed booklet, and nothing else of data-schema/', () => {
    const sample = JSON.parse(readFileSync(join(out, 'examples/sample-catalogue.json'), 'utf8'));
    assert.equal(sample.catalogue.sample, true);
    assert.match(readFileSync(join(out, 'finder.html'), 'utf8'), /src="\.\/examples\/sample-catalogue\.json"/);
    assert.deepEqual(readdirSync(out).sort(), ['assets', 'booklet', 'examples', 'katalog.pdf', ...pages].sort());
    assert.equal(readFileSync(join(out, 'katalog.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(readdirSync(join(out, 'booklet')).sort(), ['fonts', 'index.html']);
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /href="\.\/katalog\.pdf"/);
  });
});
