// The interface translations: every string of the code is in xliff/, and every one is translated.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

interface Unit {
  id: string;
  source: string;
  target?: string;
}

function units(file: string): Unit[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe('interface translations', () => {
  for (const locale of config.targetLocales as string[]) {
    it(`translates every string into ${locale}, keeping its placeholders`, () => {
      const all = units(join(root, 'xliff', `${locale}.xlf`));
      assert.ok(all.length > 50, `${all.length} strings`);
      const missing = all.filter((unit) => !unit.target?.trim()).map((unit) => unit.id);
      assert.deepEqual(missing, [], `untranslated in xliff/${locale}.xlf`);
      for (const unit of all) {
        assert.deepEqual(placeholders(unit.target!), placeholders(unit.source), `placeholders of ${unit.id}`);
      }
    });
  }

  it('has every msg() of the code in xliff/ (run `npm run localize:extract` after changing strings)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pomoc-xliff-'));
    const tempConfig = join(dir, 'lit-localize.json');
    writeFileSync(
      tempConfig,
      JSON.stringify({
        ...config,
        tsConfig: join(root, config.tsConfig),
        output: { ...config.output, outputDir: join(dir, 'out'), localeCodesModule: join(dir, 'out', 'codes.ts') },
        interchange: { ...config.interchange, xliffDir: dir },
      }),
    );
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', tempConfig], { cwd: root });
    for (const locale of config.targetLocales as string[]) {
      const fresh = units(join(dir, `${locale}.xlf`)).map(({ id, source }) => `${id}: ${source}`);
      const committed = units(join(root, 'xliff', `${locale}.xlf`)).map(({ id, source }) => `${id}: ${source}`);
      assert.deepEqual(fresh.sort(), committed.sort(), `xliff/${locale}.xlf is out of date with the code`);
    }
  });
});
