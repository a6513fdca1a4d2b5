// `npm run build:wordpress` (after `npm run build`): dist/pomoc-wordpress.zip, the WordPress plugin
// an Administrator installs with Plugins → Add New → Upload. It holds wordpress/pomoc/ as written,
// plus what is generated here: the widgets' files from dist/ (pomoc.iife.js and the ES modules it
// loads), the settings page's catalogue check (bundled from the library's own validator), the code
// lists' labels for the block's presets, and the translations (.mo for PHP, JSON for the scripts)
// made from wordpress/pomoc/languages/*.po. It fails when a string of the plugin lacks a translation.
import { build } from 'esbuild';
import { po, mo } from 'gettext-parser';
import JSZip from 'jszip';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SERVICE_TYPES, TARGET_GROUPS, codeLabel } from '../src/catalogue/codelists.js';
import '../src/catalogue/codelist-translations.js';

const PLUGIN = 'wordpress/pomoc';
const STAGE = '.tmp/wordpress/pomoc';
const ZIP = 'dist/pomoc-wordpress.zip';
// The scripts whose strings wp.i18n translates, by their WordPress handles.
const SCRIPT_HANDLES = ['pomoc-services-editor-script', 'pomoc-settings'];

if (!existsSync('dist/pomoc.iife.js')) {
  console.error('dist/pomoc.iife.js is missing: run `npm run build` first (npm run build:wordpress does).');
  process.exit(1);
}

rmSync('.tmp/wordpress', { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
cpSync(PLUGIN, STAGE, { recursive: true });

// The widgets: the classic script and every ES module of the build (chunk names are hashed), but not
// the all-in-one file (the plugin serves the modules from its own folder, so CORS never applies),
// the iframe embed, the CLI or the types.
mkdirSync(join(STAGE, 'dist'));
const skipped = new Set(['pomoc.all.iife.js', 'embed.js', 'embed-host.js']);
for (const file of readdirSync('dist')) {
  if (file.endsWith('.js') && !skipped.has(file)) cpSync(join('dist', file), join(STAGE, 'dist', file));
}

await build({
  entryPoints: ['wordpress/admin-src/settings.ts'],
  outfile: join(STAGE, 'admin/settings.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: '/* Pomoc: the catalogue check of the settings page; source: wordpress/admin-src/settings.ts */' },
});

// The presets' choices in the block's sidebar, labelled in the three languages.
const labels = (entries: readonly { code: string; cs: string }[]) =>
  entries.map((entry) => ({
    code: entry.code,
    cs: entry.cs,
    en: codeLabel(entry, 'en'),
    uk: codeLabel(entry, 'uk'),
  }));
writeFileSync(
  join(STAGE, 'block/codelists.json'),
  JSON.stringify({ serviceTypes: labels(SERVICE_TYPES), targetGroups: labels(TARGET_GROUPS) }),
);

// Translations. Every string the plugin passes to a gettext function must be translated in each .po.
const used = extractStrings(STAGE);
// The template for a new translation.
const template: Record<
  string,
  Record<string, { msgctxt?: string; msgid: string; msgid_plural?: string; msgstr: string[] }>
> = {
  '': {},
};
for (const { id, context, plural } of used) {
  template[context] ??= {};
  const entry = { msgid: id, msgstr: plural ? ['', ''] : [''] };
  template[context][id] = {
    ...(context ? { msgctxt: context } : {}),
    ...(plural ? { msgid_plural: plural } : {}),
    ...entry,
  };
}
writeFileSync(
  join(STAGE, 'languages/pomoc.pot'),
  po.compile({ charset: 'utf-8', headers: { 'Content-Type': 'text/plain; charset=UTF-8' }, translations: template }),
);
let missing = 0;
for (const file of readdirSync(join(PLUGIN, 'languages')).filter((name) => name.endsWith('.po'))) {
  const locale = file.replace(/^pomoc-/, '').replace(/\.po$/, '');
  const parsed = po.parse(readFileSync(join(PLUGIN, 'languages', file)));
  const translated = new Map<string, string[]>();
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const [id, entry] of Object.entries(entries)) {
      if (id && entry.msgstr.some(Boolean)) translated.set(key(context, id), entry.msgstr);
    }
  }
  for (const string of used) {
    if (!translated.has(key(string.context, string.id))) {
      console.error(
        `${file}: no translation of ${JSON.stringify(string.id)}${string.context ? ` (${string.context})` : ''}`,
      );
      missing++;
    }
  }
  writeFileSync(join(STAGE, 'languages', `pomoc-${locale}.mo`), mo.compile(parsed));
  // wp.i18n's (Jed 1.x) format, named by handle so WordPress finds it for each script.
  const messages: Record<string, unknown> = {
    '': { domain: 'messages', lang: locale, 'plural-forms': parsed.headers['Plural-Forms'] },
  };
  for (const [id, msgstr] of translated) messages[id] = msgstr;
  const json = JSON.stringify({ domain: 'messages', locale_data: { messages } });
  for (const handle of SCRIPT_HANDLES) writeFileSync(join(STAGE, 'languages', `pomoc-${locale}-${handle}.json`), json);
}
if (missing) {
  console.error(`${missing} untranslated string(s): add them to wordpress/pomoc/languages/*.po.`);
  process.exit(1);
}

const zip = new JSZip();
for (const file of walk(STAGE)) {
  zip.file(join('pomoc', relative(STAGE, file)), readFileSync(file), { date: new Date('2026-01-01T00:00:00Z') });
}
writeFileSync(
  ZIP,
  await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }),
);
console.log(`${ZIP}: ${(statSync(ZIP).size / 1024).toFixed(0)} kB, ${walk(STAGE).length} files`);

function key(context: string, id: string) {
  return context ? `${context}\u0004${id}` : id;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * The strings passed to WordPress's gettext functions in the plugin's PHP and scripts (with the
 * text domain 'pomoc'), and block.json's translatable fields.
 */
function extractStrings(dir: string) {
  const found = new Map<string, { id: string; context: string; plural?: string }>();
  const add = (id: string, context = '', plural?: string) => found.set(key(context, id), { id, context, plural });
  const quoted = String.raw`'((?:[^'\\]|\\.)*)'`;
  const unescape = (text: string) => text.replace(/\\(['\\])/g, '$1');
  const sources = [
    ...walk(dir).filter((file) => /\.php$/.test(file)),
    join(dir, 'block/editor.js'),
    'wordpress/admin-src/settings.ts',
  ];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    const simple = new RegExp(
      String.raw`\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*${quoted}\s*,\s*'pomoc'`,
      'g',
    );
    for (const match of text.matchAll(simple)) add(unescape(match[1]));
    const withContext = new RegExp(String.raw`\b_x\(\s*${quoted}\s*,\s*${quoted}\s*,\s*'pomoc'`, 'g');
    for (const match of text.matchAll(withContext)) add(unescape(match[1]), unescape(match[2]));
    const plural = new RegExp(String.raw`\b_n\(\s*${quoted}\s*,\s*${quoted}\s*,`, 'g');
    for (const match of text.matchAll(plural)) add(unescape(match[1]), '', unescape(match[2]));
  }
  const block = JSON.parse(readFileSync(join(dir, 'block/block.json'), 'utf8'));
  add(block.title, 'block title');
  add(block.description, 'block description');
  for (const keyword of block.keywords) add(keyword, 'block keyword');
  // The plugin header's name and description, which the Plugins screen translates.
  const header = readFileSync(join(dir, 'pomoc.php'), 'utf8');
  add(header.match(/Plugin Name:\s*(.+)/)![1].trim());
  add(header.match(/Description:\s*(.+)/)![1].trim());
  return [...found.values()];
}
