// `pomoc booklet`: the printed catalogue, read back as a reader would — from the PDF's text, page by
// page (pdfjs-dist) — and from the HTML it prints from. Needs Chromium, as the browser tests do.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { finderLink, qrPath } from '../../src/cli/booklet.js';
import { pomoc, root, tempDir } from './partner-helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sample = (): Json =>
  JSON.parse(readFileSync(join(root, 'data-schema/examples/sample-catalogue.json'), 'utf8')) as Json;

/** The text of each page, lines joined as pdf.js reports their ends. */
async function pdfPages(path: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  return pages;
}

const cs = (text: string | Record<string, string>) => (typeof text === 'string' ? text : text.cs);
// Lines in the PDF break where the page did; compare text with any whitespace as one space.
const flat = (text: string) => text.replace(/\s+/g, ' ');
const lines = (text: string) => text.split('\n').map((line) => line.trim());

describe('pomoc booklet', () => {
  const directory = tempDir();
  const source = join(directory, 'katalog.json');
  const pdf = join(directory, 'katalog.pdf');
  const htmlDir = join(directory, 'html');
  const catalogue = sample();
  // The shelter's hidden place, given everything a careless export might leave in it.
  const hidden = catalogue.locations.find((location: Json) => location.hidden);
  Object.assign(hidden, {
    name: 'Azylový dům U Tajné lípy',
    address: { street: 'Tajná 13', postalCode: '337 99', city: 'Rokycany' },
    latitude: 49.7401,
    longitude: 13.5876,
    transport: 'Autobus k zastávce U Tajné lípy',
  });
  let result: Awaited<ReturnType<typeof pomoc>>;
  let pages: string[];
  let html: string;

  before(async () => {
    writeFileSync(source, JSON.stringify(catalogue));
    result = await pomoc(
      'booklet',
      source,
      '-o',
      pdf,
      '--html',
      htmlDir,
      '--finder-url',
      'https://www.example.cz/sluzby',
      '--lang',
      'cs',
    );
    pages = existsSync(pdf) ? await pdfPages(pdf) : [];
    html = existsSync(join(htmlDir, 'index.html')) ? readFileSync(join(htmlDir, 'index.html'), 'utf8') : '';
  });

  it('writes the PDF and the HTML folder, and sums up what it printed and left out', () => {
    assert.equal(result.code, 0, result.err + result.out);
    assert.match(result.out, new RegExp(`Zapsáno: .*katalog\\.pdf \\(${pages.length} stran\\)`));
    assert.match(result.out, /Obsah: 72 služeb v \d+ druzích, 11 návodů/);
    assert.match(result.out, /Vynecháno jako neaktivní \(1\):\n {2}− svc-klub-senioru-radnice: Klub seniorů Radnice/);
    assert.deepEqual(readdirSync(htmlDir).sort(), ['fonts', 'index.html']);
    // The HTML it printed from, page numbers included: the contents' first line is the crisis lines'.
    const crisisPage = pages.findIndex((page) => lines(page).includes('Krizové linky')) + 1;
    assert.ok(html.includes(`data-pages-of="crisis-lines">${crisisPage}</span>`), `crisis lines on page ${crisisPage}`);
    assert.deepEqual(
      readdirSync(directory).filter((name) => name.endsWith('.tmp')),
      [],
    );
  });

  it('never prints a hidden address: not in the HTML, not in the PDF', () => {
    const text = flat(pages.join('\n'));
    for (const secret of ['Tajná 13', '337 99', 'Tajné lípy', '49.7401', '13.5876']) {
      assert.ok(!html.includes(secret), `HTML contains ${secret}`);
      assert.ok(!text.includes(secret), `PDF contains ${secret}`);
    }
    // The shelter is there, with its town and the way to reach it.
    assert.match(text, /Rokycany – adresa je z bezpečnostních důvodů utajena, ozvěte se telefonicky\./);
  });

  it('prints every active service once, in its section, and lists it in the index of providers at its page', () => {
    const active = catalogue.services.filter((service: Json) => service.status !== 'inactive');
    const indexStart = pages.findIndex((page) => lines(page).includes('Rejstřík poskytovatelů'));
    assert.ok(indexStart > 0, 'an index of providers');
    const indexText = flat(pages.slice(indexStart).join('\n'));
    for (const service of active) {
      assert.equal(html.split(`id="s-${service.id}"`).length, 2, `${service.id} once in the HTML`);
      const name = cs(service.name);
      const provider = cs(catalogue.organizations.find((org: Json) => org.id === service.organizationId).name);
      // An entry opens with its name and, on the next line, its provider.
      const heading = `${name} ${provider}`;
      const at = pages
        .map((page, index) => ({ page: index + 1, count: flat(page).split(heading).length - 1 }))
        .filter((page) => page.count > 0);
      assert.equal(at.length, 1, `${name} is on one page: ${JSON.stringify(at)}`);
      assert.equal(at[0].count, 1, `${name} once on its page`);
      const line = new RegExp(`${provider.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ([\\d–, ]+)`).exec(indexText);
      assert.ok(line, `${provider} in the index`);
      const listed = line[1].split(',').flatMap((part) => {
        const [from, to = from] = part.trim().split('–').map(Number);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });
      assert.ok(listed.includes(at[0].page), `${provider}: ${line[1]} includes page ${at[0].page} of ${name}`);
    }
    const inactive = catalogue.services.find((service: Json) => service.status === 'inactive');
    assert.ok(!html.includes(`id="s-${inactive.id}"`));
  });

  it('gives page numbers in the contents that are the pages the PDF has them on', () => {
    const contents = pages.findIndex((page) => lines(page).includes('Obsah'));
    assert.ok(contents > 0, 'a contents page');
    const last = pages.findIndex((page, index) => index >= contents && /\nRejstřík obcí \d+/.test(page));
    const entries = pages
      .slice(contents, last + 1)
      .join('\n')
      .split('\n')
      .map((line) => /^(.*\S) (\d+)$/.exec(line.trim()))
      .filter((match) => match !== null);
    assert.ok(entries.length > 40, `contents lines: ${entries.length}`);
    let checked = 0;
    for (const [, label, number] of entries) {
      if (label.endsWith('postižením §66') || /lůžkové$|péče §52$/.test(label)) continue; // wrapped over two lines
      const page = pages[Number(number) - 1];
      assert.ok(page, `page ${number} exists`);
      assert.ok(flat(page).includes(flat(label)), `page ${number} has "${label}"`);
      checked++;
    }
    assert.ok(checked > 40);
  });

  it('embeds its own fonts only, has page numbers and running headers, and a QR code that opens the service in the finder', () => {
    const bytes = readFileSync(pdf).toString('latin1');
    const fonts = [...new Set([...bytes.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((match) => match[1]))];
    assert.deepEqual(fonts.sort(), ['NotoSans-Bold', 'NotoSans-Regular']);
    assert.match(bytes, /\/StructTreeRoot/, 'a tagged PDF');
    const entryPage = pages.find((page) => page.includes('Pečovatelská služba Rokycany'))!;
    const number = pages.indexOf(entryPage) + 1;
    assert.equal(lines(entryPage)[0], 'Služby sociální péče', 'running header: the section');
    assert.ok(lines(entryPage).includes(String(number)), `its page number, ${number}`);
    const link = finderLink(
      'https://www.example.cz/sluzby',
      'finder',
      'svc-pecovatelska-rokycany',
      'Pečovatelská služba Rokycany',
    );
    assert.equal(
      link,
      'https://www.example.cz/sluzby?finder.q=Pe%C4%8Dovatelsk%C3%A1+slu%C5%BEba+Rokycany&finder.detail=svc-pecovatelska-rokycany',
    );
    assert.ok(html.includes(`href="${link.replace(/&/g, '&amp;')}"`));
    // Drawn inline, one rectangle per run of dark modules in a row, exactly the code's modules.
    assert.match(html, /<a class="qr" href="[^"]+"><svg role="img" aria-label="[^"]+" viewBox="0 0 \d+ \d+"/);
    assert.equal(qrPath(3, [1, 1, 0, 0, 0, 0, 0, 1, 1]), 'M0 0h2v1h-2zM1 2h2v1h-2z');
    const code = QRCode.create(link, { errorCorrectionLevel: 'M' }).modules;
    const covered = new Set<string>();
    for (const [, x, y, w] of qrPath(code.size, code.data).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(w); i++) covered.add(`${Number(x) + i},${y}`);
    }
    const dark = [...code.data].flatMap((bit, i) => (bit ? [`${i % code.size},${Math.floor(i / code.size)}`] : []));
    assert.deepEqual([...covered].sort(), dark.sort());
  });

  it('speaks Ukrainian with --lang uk, and a filter makes a seniors’ booklet for one town (HTML only: no Chromium needed)', async () => {
    const out = join(directory, 'uk');
    const run = await pomoc(
      'booklet',
      source,
      '--html',
      out,
      '--lang',
      'uk',
      '--filter',
      'group=seniori',
      '--filter',
      'town=Mirošov',
    );
    assert.equal(run.code, 0, run.err);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(page, /<html lang="uk">/);
    assert.match(page, /Зміст/);
    assert.match(page, /Служба догляду вдома/);
    // Without a print no page numbers: no placeholders either.
    assert.match(page, /<span class="num plain" data-pages-of="index-towns"><\/span>/);
    assert.doesNotMatch(page, />000</);
    const ids = [...page.matchAll(/<article class="[^"]*" id="s-([^"]+)"/g)].map((match) => match[1]);
    assert.ok(ids.length > 0 && ids.length < 20, `${ids.length} services`);
    for (const id of ids) {
      const service = catalogue.services.find((item: Json) => item.id === id);
      assert.ok(service.targetGroups.includes('seniori'), id);
    }
    assert.match(run.out, /Left out by the filter: \d+ services\.|Vynecháno filtrem: \d+ služeb\./);
  });

  it('refuses bad options with the usage and exit code 2, and writes nothing when printing fails', async () => {
    for (const args of [
      ['--format', 'A3'],
      ['--lang', 'de'],
      ['--filter', 'type=nic-takoveho'],
      ['--filter', 'colour=red'],
      ['--accent', 'red;}body{display:none'],
      ['--finder-url', 'javascript:alert(1)'],
    ]) {
      const run = await pomoc('booklet', source, '-o', join(directory, 'x.pdf'), '--lang', 'cs', ...args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.err}`);
    }
    assert.equal((await pomoc('booklet', source)).code, 2);

    const target = join(directory, 'failed');
    const previous = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/bin/false';
    try {
      const run = await pomoc('booklet', source, '-o', join(target, 'katalog.pdf'), '--html', join(target, 'html'));
      assert.equal(run.code, 2);
      assert.match(run.err, /nothing was written|nic nebylo zapsáno/);
    } finally {
      if (previous === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = previous;
    }
    assert.ok(!existsSync(join(target, 'html')));
    assert.deepEqual(existsSync(target) ? readdirSync(target) : [], []);
  });
});
