// The demo of the data layer: load the bundled sample catalogue, search and filter it.
// Everything from the catalogue is written as text (textContent), never as HTML.
import {
  SERVICE_TYPES,
  TARGET_GROUPS,
  formatIssue,
  formatPhone,
  loadCatalogue,
  searchIndex,
  serviceTypeLabel,
  telHref,
  textIn,
  webHref,
  type LoadedCatalogue,
  type SearchFilters,
} from '../src/index.js';

const LANG = 'cs';
const CATALOGUE_URL = new URL('./examples/sample-catalogue.json', location.href).href;
const MAX_SHOWN = 50;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
const option = (value: string, label: string) => Object.assign(element('option', label), { value });

const dateFormat = new Intl.DateTimeFormat(LANG, { dateStyle: 'long' });
const count = (n: number) => (n === 1 ? '1 služba' : n >= 2 && n <= 4 ? `${n} služby` : `${n} služeb`);

async function start() {
  const info = byId('catalogue-info');
  let catalogue: LoadedCatalogue;
  try {
    catalogue = await loadCatalogue(CATALOGUE_URL);
  } catch (error) {
    info.textContent = `Katalog se nepodařilo načíst: ${(error as Error).message}`;
    return;
  }
  const { meta } = catalogue;
  byId('sample-notice').hidden = !meta.sample;
  const updated = meta.updated ? `, aktualizováno ${dateFormat.format(new Date(meta.updated))}` : '';
  const stale = catalogue.source.stale
    ? ` Zdroj je nedostupný – zobrazujeme data ze dne ${dateFormat.format(new Date(catalogue.source.fetchedAt))}.`
    : '';
  info.textContent = `${textIn(meta.title, LANG, meta.language)}${updated}.${stale}`;

  if (catalogue.issues.length) {
    byId('report').hidden = false;
    const list = byId('issues');
    for (const issue of catalogue.issues) list.append(element('li', formatIssue(issue, LANG)));
  }

  const index = searchIndex(catalogue);
  const present = new Set(catalogue.services.map((service) => service.serviceType));
  const typeSelect = byId<HTMLSelectElement>('type');
  for (const type of SERVICE_TYPES)
    if (present.has(type.code)) typeSelect.append(option(type.code, serviceTypeLabel(type.code, LANG)));
  const groupSelect = byId<HTMLSelectElement>('group');
  for (const group of TARGET_GROUPS) groupSelect.append(option(group.code, group.cs));
  const townSelect = byId<HTMLSelectElement>('town');
  for (const town of index.towns) townSelect.append(option(town, town));

  const query = byId<HTMLInputElement>('q');
  const free = byId<HTMLInputElement>('free');
  const open = byId<HTMLInputElement>('open');
  const results = byId('results');
  const status = byId('count');

  const render = () => {
    const filters: SearchFilters = {
      serviceTypes: typeSelect.value ? [typeSelect.value] : undefined,
      targetGroups: groupSelect.value ? [groupSelect.value] : undefined,
      towns: townSelect.value ? [townSelect.value] : undefined,
      freeOfCharge: free.checked,
      openNow: open.checked,
    };
    const hits = index.search({ text: query.value, filters });
    status.textContent = hits.length
      ? `Nalezeno: ${count(hits.length)}${hits.length > MAX_SHOWN ? ` (zobrazeno prvních ${MAX_SHOWN})` : ''}.`
      : 'Nic nenalezeno – zkuste jiné slovo nebo zrušte některý filtr.';
    results.replaceChildren(
      ...hits.slice(0, MAX_SHOWN).map(({ service }) => {
        const item = element('li');
        item.append(element('h3', textIn(service.name, LANG, meta.language)));
        const provider = catalogue.organizationById.get(service.organizationId);
        item.append(element('p', textIn(provider?.name, LANG, meta.language), 'meta'));
        const type = element('p', undefined, 'meta');
        type.append(element('span', serviceTypeLabel(service.serviceType, LANG), 'badge'));
        if (service.freeOfCharge) type.append(element('span', 'zdarma', 'badge'));
        if (service.status === 'temporarily-closed') type.append(element('span', 'dočasně uzavřeno', 'badge'));
        item.append(type);
        const places = (service.locationIds ?? [])
          .map((id) => catalogue.locationById.get(id))
          .map((location) =>
            location?.hidden
              ? `${location.address?.city ?? ''} (adresa je utajena)`
              : [location?.address?.street, location?.address?.city].filter(Boolean).join(', '),
          )
          .filter(Boolean);
        if (places.length) item.append(element('p', places.join(' · '), 'meta'));
        else if (service.areaServed?.length)
          item.append(element('p', `Působí v obcích: ${service.areaServed.join(', ')}`, 'meta'));
        const contacts = element('p', undefined, 'meta');
        for (const phone of service.phones ?? []) {
          const href = telHref(phone.number);
          if (href) contacts.append(Object.assign(element('a', formatPhone(phone.number)), { href }), ' ');
        }
        const web = webHref(service.url);
        if (web) contacts.append(Object.assign(element('a', 'web'), { href: web }));
        if (contacts.childNodes.length) item.append(contacts);
        return item;
      }),
    );
  };

  byId('search').addEventListener('submit', (event) => event.preventDefault());
  for (const control of [query, typeSelect, groupSelect, townSelect, free, open])
    control.addEventListener('input', render);
  render();
}

void start();
