import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { smallCatalogue } from '../fixtures/catalogue.js';

const root = new URL('../../', import.meta.url).pathname;
const SAMPLE = join(root, 'data-schema/examples/sample-catalogue.json');

async function pomoc(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tempFile = (name: string, content: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'pomoc-')), name);
  writeFileSync(path, content);
  return path;
};

describe('pomoc validate', () => {
  it('accepts the bundled sample catalogue (the installed binary, exit 0)', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/pomoc.js'), 'validate', SAMPLE, '--lang', 'en'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /Result: VALID/);
    assert.doesNotMatch(result.stdout, /Errors \(/);
  });

  it('reads a file saved with a byte-order mark, as the widgets do (validate and export-hsds)', async () => {
    const file = tempFile('bom.json', '\ufeff' + JSON.stringify(smallCatalogue()));
    const validated = await pomoc('validate', file, '--lang', 'en');
    assert.equal(validated.code, 0, validated.out + validated.err);
    assert.match(validated.out, /Result: VALID/);
    const exported = await pomoc('export-hsds', file, '--output', join(file, '..', 'hsds'));
    assert.equal(exported.code, 0, exported.out + exported.err);
  });

  it('names a missing name, a javascript: link and a dangling organizationId with their paths (exit 1)', async () => {
    const data = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    delete data.services[0].name;
    data.services[1].url = 'javascript:alert(document.cookie)';
    data.services[2].organizationId = 'org-does-not-exist';
    const file = tempFile('broken.json', JSON.stringify(data, null, 2));

    const en = await pomoc('validate', file, '--lang', 'en');
    assert.equal(en.code, 1);
    assert.match(en.out, /Errors \(3\):/);
    assert.match(
      en.out,
      new RegExp(`services\\[0\\]\\.name \\(${data.services[0].id}\\): a required field is missing`),
    );
    assert.match(
      en.out,
      /services\[1\]\.url .*: a link must be a web address starting with http:\/\/ or https:\/\/ \(value "javascript:alert\(document\.cookie\)"\); the value was left out/,
    );
    assert.match(en.out, /services\[2\]\.organizationId .*"org-does-not-exist" does not refer to any existing record/);
    assert.match(en.out, /Result: INVALID – 3 errors/);

    const cs = await pomoc('validate', file, '--lang', 'cs');
    assert.equal(cs.code, 1);
    assert.match(cs.out, /Chyby \(3\):/);
    assert.match(cs.out, /services\[0\]\.name .*: chybí povinná položka; záznam byl vynechán/);
    assert.match(cs.out, /Výsledek: NEPLATNÝ/);
  });

  it('prints a machine-readable report with --json', async () => {
    const data = smallCatalogue();
    data.organizations[0].ico = '12345678';
    const result = await pomoc('validate', tempFile('c.json', JSON.stringify(data)), '--json', '--lang', 'en');
    assert.equal(result.code, 1);
    const report = JSON.parse(result.out);
    assert.equal(report.valid, false);
    assert.equal(report.issues[0].path, 'organizations[0].ico');
    assert.equal(
      report.issues[0].message,
      'organizations[0].ico (org-mesto): the IČO has a wrong check digit (value "12345678"); the value was left out',
    );
  });

  it('points to the line of broken JSON', async () => {
    const result = await pomoc(
      'validate',
      tempFile('bad.json', '{\n  "schemaVersion": 1,\n  "catalogue": }\n'),
      '--lang',
      'en',
    );
    assert.equal(result.code, 1);
    assert.match(result.err, /not valid JSON.*line 3/);
  });

  it('refuses another format version and an unreadable file', async () => {
    const version = await pomoc('validate', tempFile('v.json', '{"schemaVersion": 2}'), '--lang', 'cs');
    assert.equal(version.code, 1);
    assert.match(version.err, /Nepodporovaná verze formátu 2/);
    const missing = await pomoc('validate', '/nonexistent/catalogue.json', '--lang', 'en');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /Cannot read the file/);
  });

  it('explains its use', async () => {
    const help = await pomoc('--help', '--lang', 'en');
    assert.equal(help.code, 0);
    assert.match(help.out, /pomoc validate <file\|url>/);
    const unknown = await pomoc('frobnicate', '--lang', 'en');
    assert.equal(unknown.code, 2);
  });
});

describe('pomoc schema', () => {
  it('prints the JSON Schema that is committed in data-schema/', async () => {
    const result = await pomoc('schema');
    assert.equal(result.code, 0);
    const committed = readFileSync(join(root, 'data-schema/catalogue.schema.json'), 'utf8');
    assert.equal(
      `${result.out}\n`,
      committed,
      'data-schema/catalogue.schema.json is out of date with src/catalogue/schema.ts: run `npm run schema` and commit it.',
    );
    assert.equal(
      JSON.parse(result.out).$defs.Service.properties.serviceType.enum.includes('pecovatelska-sluzba'),
      true,
    );
  });
});
