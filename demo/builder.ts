// The snippet builder: the form's values → the HTML to paste (snippet.ts) and a live preview of the
// same elements. Nothing typed into the form becomes markup: the preview sets attributes only.
import { FORMS, SERVICE_TYPES, SERVICE_TYPE_GROUPS, TARGET_GROUPS, loadCatalogue, resolveText } from '../src/index.js';
import {
  DEFAULT_OPTIONS,
  contrastWithWhite,
  isIframe,
  snippet,
  widgetElements,
  type Embed,
  type Language,
  type SnippetOptions,
  type Widget,
} from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const code = document.querySelector<HTMLTextAreaElement>('#code')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const previewNote = document.querySelector<HTMLElement>('#preview-note')!;
const srcInput = document.querySelector<HTMLInputElement>('#src')!;
const situationSelect = document.querySelector<HTMLSelectElement>('#situation')!;
const situationHint = document.querySelector<HTMLElement>('#situation-hint')!;
const accentHint = document.querySelector<HTMLElement>('#accent-hint')!;

const SAMPLE = new URL('./examples/sample-catalogue.json', location.href).href;
srcInput.defaultValue = SAMPLE;

/** A checkbox list of a code list, with its checked count shown in the summary. */
function fillChecklist(id: string, entries: readonly { code: string; cs: string }[]) {
  const list = document.getElementById(id)!;
  for (const entry of entries) list.append(checkbox(list.dataset.name!, entry.code, entry.cs));
}

function checkbox(name: string, value: string, text: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'choice';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  label.append(input, ` ${text}`);
  return label;
}

fillChecklist('target-groups', TARGET_GROUPS);
fillChecklist('forms', FORMS);
// Service types by their group (counselling, care, prevention, related), as the law sorts them.
const serviceTypes = document.getElementById('service-types')!;
for (const group of SERVICE_TYPE_GROUPS) {
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = group.cs;
  fieldset.append(legend);
  for (const type of SERVICE_TYPES.filter((entry) => entry.group === group.code)) {
    const paragraph = 'paragraph' in type ? ` (${type.paragraph})` : '';
    fieldset.append(checkbox('serviceTypes', type.code, `${type.cs}${paragraph}`));
  }
  serviceTypes.append(fieldset);
}

function readOptions(): SnippetOptions {
  const data = new FormData(form);
  const text = (name: keyof SnippetOptions) => String(data.get(name) ?? '');
  const list = (name: keyof SnippetOptions) => data.getAll(name).map(String);
  return {
    ...DEFAULT_OPTIONS,
    widget: text('widget') as Widget,
    embed: text('embed') as Embed,
    scriptUrl: text('scriptUrl'),
    src: text('src'),
    lang: text('lang') as Language,
    languageSwitch: data.has('languageSwitch'),
    heading: text('heading'),
    targetGroups: list('targetGroups'),
    serviceTypes: list('serviceTypes'),
    forms: list('forms'),
    towns: text('towns'),
    fixedFilters: list('fixedFilters'),
    situation: text('situation'),
    exitUrl: text('exitUrl'),
    center: text('center'),
    zoom: text('zoom'),
    tileUrl: text('tileUrl'),
    tileAttribution: text('tileAttribution'),
    accent: text('accent'),
    font: text('font'),
    radius: text('radius'),
  };
}

/** Shows the parts of the form that apply to the chosen widget and way of embedding. */
function showRelevantParts(options: SnippetOptions) {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) {
    const applies = fieldset.dataset.for!.split(' ').includes(options.widget);
    fieldset.hidden = !applies;
    fieldset.disabled = !applies;
  }
  const look = form.querySelector<HTMLFieldSetElement>('fieldset[data-look]')!;
  look.hidden = look.disabled = isIframe(options);
  // A linked map needs its finder on the same page: no iframe.
  const iframe = form.querySelector<HTMLInputElement>('input[name="embed"][value="iframe"]')!;
  iframe.disabled = options.widget === 'finder-map';
  if (iframe.disabled && iframe.checked)
    form.querySelector<HTMLInputElement>('input[name="embed"][value="script"]')!.checked = true;
  for (const id of ['target-groups', 'service-types', 'forms']) {
    const checked = document.getElementById(id)!.querySelectorAll('input:checked').length;
    document.getElementById(`${id}-count`)!.textContent = checked ? `(vybráno: ${checked})` : '';
  }
}

function describeContrast(accent: string) {
  const ratio = contrastWithWhite(accent);
  const shown = ratio.toLocaleString('cs', { maximumFractionDigits: 1 });
  accentHint.textContent =
    ratio >= 4.5
      ? `Kontrast s bílou: ${shown} : 1 – dobře čitelné.`
      : `Kontrast s bílou je jen ${shown} : 1. Bílý text na tlačítkách a odkazy by byly špatně čitelné; zvolte tmavší barvu (alespoň 4,5 : 1).`;
  accentHint.classList.toggle('warning', ratio < 4.5);
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewed = '';

/** Renders the snippet's elements themselves, attribute by attribute. */
function renderPreview(options: SnippetOptions) {
  const elements = widgetElements(options);
  const key = JSON.stringify(elements);
  if (key === previewed) return;
  previewed = key;
  const rendered = elements.map(({ tag, attributes }) => {
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    // The builder's own URL stays clean: the preview keeps its view to itself.
    if (tag !== 'pomoc-map') element.setAttribute('url-state', 'off');
    return element;
  });
  if (options.widget === 'finder-map') {
    const wrapper = document.createElement('div');
    wrapper.className = 'finder-map';
    wrapper.append(...rendered);
    preview.replaceChildren(wrapper);
  } else {
    preview.replaceChildren(...rendered);
  }
  previewNote.textContent = isIframe(options)
    ? 'Takto bude widget vypadat v iframe na vaší stránce (iframe se sám přizpůsobí výšce obsahu).'
    : 'Takto bude widget vypadat na vaší stránce.';
}

/** The code box as tall as the code, so that all of it is in view at once. */
function fitCode() {
  code.style.height = 'auto';
  code.style.height = `${code.scrollHeight + code.offsetHeight - code.clientHeight}px`;
}

function update() {
  // The parts of the form that do not apply are disabled, and so left out of what is read next.
  showRelevantParts(readOptions());
  const options = readOptions();
  describeContrast(options.accent);
  code.value = snippet(options);
  fitCode();
  // The preview waits for a pause in typing: a half-typed catalogue URL is not worth a request.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => renderPreview(readOptions()), 400);
}

let situationsFrom = '';

/** Fills the situation choice from the catalogue's life situations. */
async function loadSituations() {
  const url = srcInput.value.trim();
  if (url === situationsFrom) return;
  situationsFrom = url;
  const chosen = situationSelect.value;
  situationSelect.length = 1;
  if (!url) {
    situationHint.textContent = 'Zadejte adresu katalogu a nabídnou se jeho životní situace.';
    return;
  }
  situationHint.textContent = 'Načítám životní situace z katalogu…';
  try {
    const catalogue = await loadCatalogue(url);
    if (url !== situationsFrom) return;
    const language = catalogue.meta.language ?? 'cs';
    for (const situation of catalogue.situations) {
      const title = resolveText(situation.title, 'cs', language)?.text ?? situation.id;
      situationSelect.add(new Option(title, situation.id, false, situation.id === chosen));
    }
    situationHint.textContent = catalogue.situations.length
      ? 'Vyberte jednu, má-li stránka ukázat jen ji.'
      : 'Tento katalog nemá žádné životní situace.';
  } catch {
    if (url !== situationsFrom) return;
    situationHint.textContent = 'Životní situace se z katalogu nepodařilo načíst. Zkontrolujte adresu katalogu.';
  }
  update();
}

form.addEventListener('input', update);
form.addEventListener('change', (event) => {
  update();
  if (event.target === srcInput) void loadSituations();
});
addEventListener('resize', fitCode);
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', () =>
  // The form's values change after the reset event.
  setTimeout(() => {
    update();
    void loadSituations();
  }),
);

let statusTimer: ReturnType<typeof setTimeout> | undefined;
copyButton.addEventListener('click', async () => {
  clearTimeout(statusTimer);
  try {
    await navigator.clipboard.writeText(code.value);
    copyStatus.textContent = 'Zkopírováno. Kód teď vložte do stránky.';
  } catch {
    // No clipboard (e.g. a page over plain http): the code is selected for Ctrl+C.
    code.focus();
    code.select();
    copyStatus.textContent = 'Kód je označený: zkopírujte ho klávesami Ctrl+C (na Macu Cmd+C).';
  }
  statusTimer = setTimeout(() => (copyStatus.textContent = ''), 8000);
});

update();
void loadSituations();
