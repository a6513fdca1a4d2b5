/**
 * The plugin's settings page, in the browser: checks a catalogue file before it is uploaded, with
 * the library's own validator and messages (the ones `pomoc validate` prints), and lists every
 * problem. Bundled by scripts/build-wordpress.js into the plugin's admin/settings.js.
 *
 * Why in the browser rather than in PHP: the validator is the one the widgets apply when they load
 * the catalogue; a PHP copy of its rules would drift from it. PHP still refuses what is not JSON or
 * has no schemaVersion, should the check be skipped.
 */
import { CatalogueError } from '../../src/catalogue/errors.js';
import { formatIssue, type MessageLang } from '../../src/catalogue/messages.js';
import { describeJsonError } from '../../src/catalogue/json-error.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';

declare const wp: {
  i18n: {
    __: (text: string, domain: string) => string;
    _n: (single: string, plural: string, count: number, domain: string) => string;
    sprintf: (format: string, ...args: unknown[]) => string;
  };
};
const { __, _n, sprintf } = wp.i18n;

const form = document.querySelector<HTMLFormElement>('#pomoc-upload-form');
const input = document.querySelector<HTMLInputElement>('#pomoc-catalogue-file');
const report = document.querySelector<HTMLElement>('#pomoc-report');
const anywayRow = document.querySelector<HTMLElement>('#pomoc-anyway');
const anyway = document.querySelector<HTMLInputElement>('#pomoc-upload-anyway');
const submit = document.querySelector<HTMLInputElement>('#pomoc-upload-submit');

/** The validator speaks Czech and English; a Czech admin gets Czech, everyone else English. */
const lang: MessageLang = document.documentElement.lang.startsWith('cs') ? 'cs' : 'en';

type Verdict = 'unreadable' | 'invalid' | 'valid';
let verdict: Verdict = 'unreadable';

function paragraph(text: string, className = ''): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

function list(title: string, lines: string[]): HTMLElement[] {
  const heading = document.createElement('h3');
  heading.textContent = title;
  const ul = document.createElement('ul');
  ul.className = 'pomoc-issues';
  for (const line of lines) {
    const li = document.createElement('li');
    li.textContent = line;
    ul.append(li);
  }
  return [heading, ul];
}

function show(nodes: Node[], result: Verdict) {
  verdict = result;
  report!.replaceChildren(...nodes);
  report!.className = `notice inline ${result === 'valid' ? 'notice-success' : result === 'invalid' ? 'notice-warning' : 'notice-error'}`;
  anywayRow!.hidden = result !== 'invalid';
  if (anyway) anyway.checked = false;
  updateSubmit();
}

function updateSubmit() {
  submit!.disabled = verdict === 'unreadable' || (verdict === 'invalid' && !anyway?.checked);
}

async function check(file: File) {
  report!.replaceChildren(paragraph(__('Checking the catalogue…', 'pomoc')));
  const text = (await file.text()).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    /* translators: %s: where and why the JSON is broken */
    const message = sprintf(__('The file is not valid JSON: %s', 'pomoc'), describeJsonError(error as Error, text));
    show([paragraph(message)], 'unreadable');
    return;
  }
  let catalogue;
  try {
    catalogue = validateCatalogue(json);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    const message =
      error.code === 'schema-version' && version !== undefined
        ? /* translators: %s: the format version the file declares */
          sprintf(__('Unsupported format version %s.', 'pomoc'), JSON.stringify(version))
        : __('The file is not a Pomoc catalogue (not a JSON object, or no schemaVersion).', 'pomoc');
    show([paragraph(message)], 'unreadable');
    return;
  }
  const errors = catalogue.issues.filter((issue) => issue.severity === 'error');
  const warnings = catalogue.issues.filter((issue) => issue.severity === 'warning');
  const nodes: Node[] = [];
  const summary = sprintf(
    /* translators: 1: organisations, 2: locations, 3: services, 4: life situations, 5: crisis lines */
    __('Read: %1$d organisations, %2$d locations, %3$d services, %4$d life situations, %5$d crisis lines.', 'pomoc'),
    catalogue.organizations.length,
    catalogue.locations.length,
    catalogue.services.length,
    catalogue.situations.length,
    catalogue.crisisLines.length,
  );
  nodes.push(paragraph(summary));
  if (errors.length) {
    /* translators: %d: the number of errors */
    const title = sprintf(_n('%d error', '%d errors', errors.length, 'pomoc'), errors.length);
    nodes.push(
      ...list(
        title,
        errors.map((issue) => formatIssue(issue, lang)),
      ),
    );
  }
  if (warnings.length) {
    /* translators: %d: the number of warnings */
    const title = sprintf(_n('%d warning', '%d warnings', warnings.length, 'pomoc'), warnings.length);
    nodes.push(
      ...list(
        title,
        warnings.map((issue) => formatIssue(issue, lang)),
      ),
    );
  }
  nodes.push(
    paragraph(
      errors.length
        ? __('Result: INVALID. The widgets would skip the records listed as errors.', 'pomoc')
        : __('Result: VALID. You can upload it.', 'pomoc'),
      'pomoc-verdict',
    ),
  );
  show(nodes, errors.length ? 'invalid' : 'valid');
}

if (form && input && report && anywayRow && submit) {
  submit.disabled = true;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void check(file);
    else show([], 'unreadable');
  });
  anyway?.addEventListener('change', updateSubmit);
}
