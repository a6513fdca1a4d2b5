/**
 * The booklet as one HTML document for paged media: cover, how to use it, crisis lines, contents,
 * the services by the groups and types of Act 108/2006, the "what to do when…" guides, and the
 * indexes of providers and towns. Chromium lays it out with its own paged media: `@page` margin
 * boxes give the page numbers and, through one named page per section, the running headers. The
 * page numbers of the contents, the guides and the indexes are links to their targets, which
 * Chromium turns into the PDF's named destinations: the first print reads them back (print.ts),
 * `fillPageNumbers` writes the numbers in, and the second print is the booklet.
 *
 * Catalogue data is text, always escaped here, never markup; links come only from the catalogue
 * layer's http(s)/mailto/tel functions; a hidden address is never read (fields.ts gives its town).
 */
import {
  AGE_GROUPS,
  ageGroup,
  capacityUnit,
  codeLabel,
  form,
  serviceType,
  targetGroup,
} from '../../catalogue/codelists.js';
// The code lists' English and Ukrainian labels, for --lang en and uk.
import '../../catalogue/codelist-translations.js';
import '../../catalogue/national-crisis-lines.translations.js';
import { WEEKDAYS } from '../../catalogue/constants.js';
import { hoursOn } from '../../catalogue/hours.js';
import { formatPhone, telHref, webHref } from '../../catalogue/links.js';
import type { CrisisLine, LocalizedText, Schedule, Service, Situation } from '../../catalogue/schema.js';
import type { ResolvedText } from '../../catalogue/text.js';
import type { Catalogue } from '../../catalogue/validate.js';
import type { GroupSection, Selection, TypeSection } from './content.js';
import { capacitiesOf, contactsOf, placesOf, providerOf, textOf, townsOf } from './fields.js';
import { TEXTS, type BookletLang, type BookletTexts } from './texts.js';

export type PaperFormat = 'A5' | 'A4';

export interface BookletOptions {
  lang: BookletLang;
  format: PaperFormat;
  title?: string;
  /** An image as a data: URL. */
  logo?: string;
  /** A CSS colour, #rgb or #rrggbb (checked by the command). */
  accent?: string;
  /** QR codes by service id: the link, and the code's modules as an SVG path (qrPath). */
  qr?: ReadonlyMap<string, { url: string; size: number; path: string }>;
  /** Fonts by file name, as the HTML refers to them (fonts/…). */
  fontFaces: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** An element id for a record id (ids may hold `.` and `:`, valid in HTML ids). */
export const entryId = (serviceId: string) => `s-${serviceId}`;
export const typeId = (code: string) => `t-${code}`;

interface Context {
  catalogue: Catalogue;
  lang: BookletLang;
  t: BookletTexts;
  options: BookletOptions;
  date: Intl.DateTimeFormat;
  list: Intl.ListFormat;
  languages: Intl.DisplayNames;
  /** Placeholder for a page number until the layout gives it: as wide as the widest number. */
  placeholder: string;
  /** The running header of each named page `sec-N`, by N. */
  running: string[];
}

/** The named page of a section whose pages carry `title` as their running header. */
function runningPage(ctx: Context, title: string): string {
  ctx.running.push(title);
  return `sec-${ctx.running.length - 1}`;
}

/** A CSS string: quotes, backslashes, line ends and anything that could end the style element, escaped. */
export const cssString = (text: string) =>
  `"${text.replace(/[\\"<>&\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;

/** Text from the catalogue: escaped, and marked with its language when it is not the booklet's. */
function text(ctx: Context, value: ResolvedText | undefined): string {
  if (!value) return '';
  const escaped = escapeHtml(value.text);
  return value.lang === ctx.lang ? escaped : `<span lang="${escapeHtml(value.lang)}">${escaped}</span>`;
}

const textFrom = (ctx: Context, value: LocalizedText | undefined) => text(ctx, textOf(ctx.catalogue, value, ctx.lang));

const formatDate = (ctx: Context, iso: string | undefined) =>
  iso ? ctx.date.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)) : '';

const time = (value: string) => (value.startsWith('0') ? value.slice(1) : value);

/** "Po–Pá 7:00–19:00; So, Ne 8:00–12:00": days with the same hours together. */
export function scheduleLines(schedule: Schedule, t: BookletTexts): string[] {
  if (schedule.alwaysOpen) return [t.alwaysOpen];
  const byDay = WEEKDAYS.map((day) =>
    hoursOn(schedule, day)
      .map((range) => `${time(range.opens)}–${time(range.closes)}`)
      .join(', '),
  );
  const lines: string[] = [];
  for (let start = 0; start < 7;) {
    let end = start;
    while (end + 1 < 7 && byDay[end + 1] === byDay[start]) end++;
    if (byDay[start]) {
      const days =
        end === start
          ? t.weekdays[start]
          : end === start + 1
            ? `${t.weekdays[start]}, ${t.weekdays[end]}`
            : `${t.weekdays[start]}–${t.weekdays[end]}`;
      lines.push(`${days} ${byDay[start]}`);
    }
    start = end + 1;
  }
  if (schedule.byAppointment) lines.push(t.byAppointment);
  return lines;
}

function row(label: string, value: string): string {
  return value ? `<div class="row"><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>` : '';
}

function renderEntry(ctx: Context, service: Service, className = 'entry'): string {
  const { catalogue, t, lang } = ctx;
  const provider = providerOf(catalogue, service);
  const places = placesOf(catalogue, service, lang);
  const contacts = contactsOf(catalogue, service, lang);
  // "Senioři, osoby se zdravotním postižením a …": a list reads as one sentence, capital first only.
  const labels = (codes: readonly string[] | undefined, find: (code: string) => Parameters<typeof codeLabel>[0]) =>
    escapeHtml(
      ctx.list.format(
        (codes ?? [])
          .map((code) => codeLabel(find(code), lang))
          .filter(Boolean)
          .map((label, index) => (index ? label.charAt(0).toLocaleLowerCase(lang) + label.slice(1) : label)),
      ),
    );
  // Age groups in the order of the code list, not as the file happens to list them.
  const ages = AGE_GROUPS.filter((entry) => service.ageGroups?.includes(entry.code)).map((entry) => entry.code);

  const where = [
    ...places.public.map((place) => {
      const access = place.wheelchair
        ? ` <span class="note">(${escapeHtml(t.wheelchair[place.wheelchair])})</span>`
        : '';
      const name = place.name ? `${text(ctx, place.name)}, ` : '';
      return `<li>${name}${escapeHtml(place.address)}${access}</li>`;
    }),
    ...places.hiddenTowns.map((town) => `<li>${escapeHtml(t.hiddenAddress(town))}</li>`),
    ...(places.areaServed.length
      ? [`<li class="area">${escapeHtml(t.areaServed)}: ${escapeHtml(ctx.list.format(places.areaServed))}</li>`]
      : service.forms?.includes('terenni') && !places.public.length && !places.hiddenTowns.length
        ? [`<li>${escapeHtml(t.outreachNoArea)}</li>`]
        : []),
  ];
  const hours = service.schedule
    ? [
        ...scheduleLines(service.schedule, t).map(escapeHtml),
        ...(service.schedule.hours?.length && !service.schedule.alwaysOpen
          ? [escapeHtml(service.schedule.openOnPublicHolidays ? t.holidaysOpen : t.holidaysClosed)]
          : []),
        textFrom(ctx, service.schedule.note),
      ].filter(Boolean)
    : [];
  const capacity = capacitiesOf(service)
    .map(
      (item) =>
        `${escapeHtml(codeLabel(capacityUnit(item.unit), lang))}: ${item.count.toLocaleString(lang)}${
          item.note ? ` (${textFrom(ctx, item.note)})` : ''
        }`,
    )
    .join('; ');
  const payment = service.freeOfCharge ? escapeHtml(t.freeOfCharge) : textFrom(ctx, service.fees);
  const otherLanguages = (service.languages ?? []).filter((code) => code !== catalogue.meta.language);
  const contactLines = [
    ...contacts.phones.map(
      (phone) =>
        `<li>${phone.href ? `<a href="${escapeHtml(phone.href)}">${escapeHtml(phone.number)}</a>` : escapeHtml(phone.number)}${
          phone.description ? ` <span class="note">(${text(ctx, phone.description)})</span>` : ''
        }</li>`,
    ),
    ...contacts.emails.map((email) => `<li><a href="${escapeHtml(email.href)}">${escapeHtml(email.text)}</a></li>`),
    ...contacts.webs.map((web) => `<li><a href="${escapeHtml(web.href)}">${escapeHtml(web.text)}</a></li>`),
  ];
  const qr = ctx.options.qr?.get(service.id);
  const name = textOf(catalogue, service.name, lang);
  return `<article class="${className}" id="${escapeHtml(entryId(service.id))}">
<header>
${qr ? `<a class="qr" href="${escapeHtml(qr.url)}"><svg role="img" aria-label="${escapeHtml(t.qrLabel(name?.text ?? ''))}" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges"><path d="${escapeHtml(qr.path)}"/></svg></a>` : ''}
<h4>${text(ctx, name)}</h4>
${service.alternateName ? `<p class="alternate">${textFrom(ctx, service.alternateName)}</p>` : ''}
<p class="provider">${textFrom(ctx, provider?.name)}</p>
${service.status === 'temporarily-closed' ? `<p class="closed">${escapeHtml(t.temporarilyClosed)}</p>` : ''}
</header>
${service.description ? `<p class="description">${textFrom(ctx, service.description)}</p>` : ''}
<dl>
${row(t.forWhom, labels(service.targetGroups, targetGroup))}
${row(t.ages, labels(ages, ageGroup))}
${row(t.form, labels(service.forms, form))}
${row(t.where, where.length ? `<ul>${where.join('')}</ul>` : '')}
${row(t.hours, hours.join('<br>'))}
${row(t.capacity, capacity)}
${row(t.payment, payment)}
${row(t.languages, escapeHtml(ctx.list.format(otherLanguages.map((code) => ctx.languages.of(code) ?? code))))}
${row(t.contacts, contactLines.length ? `<ul>${contactLines.join('')}</ul>` : '')}
</dl>
<p class="checked">${[
    service.assuredDate ? escapeHtml(t.checked(formatDate(ctx, service.assuredDate))) : '',
    service.registryId ? `${escapeHtml(t.registryId)} ${escapeHtml(service.registryId)}` : '',
  ]
    .filter(Boolean)
    .join(' · ')}</p>
</article>`;
}

/**
 * Page numbers to be written once the layout is known; `ids` are the targets' element ids. Until
 * then a placeholder as wide as the widest number links to each target, so that every target
 * becomes a named destination in the first print. `plain`: inside a link already (the contents).
 */
const pagesOf = (ctx: Context, ids: string[], plain = false) =>
  `<span class="num${plain ? ' plain' : ''}" data-pages-of="${escapeHtml(ids.join(' '))}">${ids
    .map((id) => (plain ? ctx.placeholder : `<a href="#${escapeHtml(id)}">${ctx.placeholder}</a>`))
    .join(', ')}</span>`;

const UNESCAPES: Record<string, string> = Object.fromEntries(
  Object.entries(ESCAPES).map(([char, name]) => [name, char]),
);
const unescapeHtml = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (name) => UNESCAPES[name]);

/** The page numbers as a reader wants them: "12–14, 20". Each run links to its first target. */
function pageRuns(ids: string[], pages: ReadonlyMap<string, number>, plain: boolean): string {
  const byPage = new Map<number, string>();
  for (const id of ids) {
    const page = pages.get(id);
    if (page !== undefined && !byPage.has(page)) byPage.set(page, id);
  }
  const numbers = [...byPage.keys()].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    const label = j > i ? `${numbers[i]}–${numbers[j]}` : String(numbers[i]);
    runs.push(plain ? label : `<a href="#${escapeHtml(byPage.get(numbers[i])!)}">${label}</a>`);
    i = j + 1;
  }
  return runs.join(', ');
}

const NUMBERS = /(<span class="num( plain)?" data-pages-of="([^"]*)">)([\s\S]*?)(<\/span>)/g;

/**
 * The booklet's HTML with the page numbers written in from `pages` (element id → page); targets it
 * does not know are left without a number, so with an empty map the placeholders are removed.
 */
export function fillPageNumbers(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(
    NUMBERS,
    (_match, start: string, plain: string | undefined, ids: string, _old: string, end: string) =>
      start + pageRuns(unescapeHtml(ids).split(' '), pages, Boolean(plain)) + end,
  );
}

/** The element ids the page numbers point at, each once. */
export function pageTargets(html: string): string[] {
  const ids = new Set<string>();
  for (const match of html.matchAll(NUMBERS)) for (const id of unescapeHtml(match[3]).split(' ')) ids.add(id);
  return [...ids];
}

function tocLine(ctx: Context, id: string, label: string, level: number): string {
  return `<li class="level-${level}"><a href="#${escapeHtml(id)}"><span class="label">${label}</span><span class="leader"></span>${pagesOf(ctx, [id], true)}</a></li>`;
}

function renderCover(ctx: Context, title: string): string {
  const { catalogue, t, options } = ctx;
  const meta = catalogue.meta;
  return `<section class="cover" aria-label="${escapeHtml(title)}">
${options.logo ? `<img class="logo" src="${options.logo}" alt="${escapeHtml(textOf(catalogue, meta.publisher.name, ctx.lang)?.text ?? '')}">` : ''}
<h1>${escapeHtml(title)}</h1>
${meta.area ? `<p class="area">${textFrom(ctx, meta.area)}</p>` : ''}
${meta.sample ? `<p class="sample">${escapeHtml(t.sample)}</p>` : ''}
<div class="cover-foot">
<p class="date">${escapeHtml(t.dataAsOf(formatDate(ctx, meta.updated)))}</p>
<p class="publisher">${escapeHtml(t.publishedBy)}: ${textFrom(ctx, meta.publisher.name)}${
    meta.publisher.url && webHref(meta.publisher.url)
      ? `<br><a href="${escapeHtml(webHref(meta.publisher.url)!)}">${escapeHtml(meta.publisher.url.replace(/^https?:\/\//, ''))}</a>`
      : ''
  }</p>
</div>
</section>`;
}

function renderHowTo(ctx: Context, selection: Selection): string {
  const { catalogue, t } = ctx;
  const paragraphs = t.howToUseText({
    crisis: catalogue.crisisLines.length > 0,
    guides: selection.situations.length > 0,
    qr: Boolean(ctx.options.qr?.size),
  });
  return `<section class="front" id="how-to-use">
<h2 class="running">${escapeHtml(t.howToUse)}</h2>
${catalogue.meta.description ? `<p class="lead">${textFrom(ctx, catalogue.meta.description)}</p>` : ''}
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
</section>`;
}

function renderCrisisLine(ctx: Context, line: CrisisLine): string {
  const href = telHref(line.phone);
  const number = escapeHtml(formatPhone(line.phone));
  const hours = line.alwaysOpen ? escapeHtml(ctx.t.nonstop) : textFrom(ctx, line.hours);
  return `<li class="crisis-line">
<p class="phone">${href ? `<a href="${escapeHtml(href)}">${number}</a>` : number}</p>
<div><p class="name">${textFrom(ctx, line.name)}</p>
<p class="note">${[hours, line.free ? escapeHtml(ctx.t.free) : '', textFrom(ctx, line.audience)].filter(Boolean).join(' · ')}</p></div>
</li>`;
}

function renderCrisisLines(ctx: Context): string {
  if (!ctx.catalogue.crisisLines.length) return '';
  return `<section class="front crisis" id="crisis-lines">
<h2 class="running">${escapeHtml(ctx.t.crisisLines)}</h2>
<p class="lead">${escapeHtml(ctx.t.crisisLinesIntro)}</p>
<ul>${ctx.catalogue.crisisLines.map((line) => renderCrisisLine(ctx, line)).join('\n')}</ul>
</section>`;
}

function renderContents(ctx: Context, groups: GroupSection[], selection: Selection): string {
  const { t } = ctx;
  const lines = [
    ...(ctx.catalogue.crisisLines.length ? [tocLine(ctx, 'crisis-lines', escapeHtml(t.crisisLines), 1)] : []),
    ...groups.flatMap((group) => [
      tocLine(ctx, `g-${group.code}`, escapeHtml(group.label), 1),
      ...group.types.map((type) =>
        tocLine(
          ctx,
          typeId(type.code),
          `${escapeHtml(type.label)}${type.paragraph ? ` <span class="para">${escapeHtml(type.paragraph)}</span>` : ''}`,
          2,
        ),
      ),
    ]),
    ...(selection.situations.length
      ? [
          tocLine(ctx, 'guides', escapeHtml(t.guides), 1),
          ...selection.situations.map((situation) =>
            tocLine(ctx, `sit-${situation.id}`, textFrom(ctx, situation.title), 2),
          ),
        ]
      : []),
    tocLine(ctx, 'index-providers', escapeHtml(t.indexProviders), 1),
    tocLine(ctx, 'index-towns', escapeHtml(t.indexTowns), 1),
  ];
  return `<nav class="front contents" id="contents" aria-labelledby="contents-title">
<h2 class="running" id="contents-title">${escapeHtml(t.contents)}</h2>
<ol>${lines.join('\n')}</ol>
</nav>`;
}

function renderServices(ctx: Context, groups: GroupSection[]): string {
  const heading = (type: TypeSection) =>
    `<h3 id="${escapeHtml(typeId(type.code))}">${escapeHtml(type.label)}${type.paragraph ? ` <span class="para">${escapeHtml(type.paragraph)}</span>` : ''}</h3>`;
  return groups
    .map(
      (group) => `<section class="group ${runningPage(ctx, group.label)}" id="g-${group.code}">
${group.types
  .map((type, index) => {
    const [first, ...rest] = type.services;
    // The headings stay on the page of the first entry: they and it are one unbreakable block, in
    // which the entry itself may break when the block is taller than a page (an entry alone never).
    return `<section class="type">
<div class="keep">${index === 0 ? `<h2 class="running">${escapeHtml(group.label)}</h2>` : ''}${heading(type)}
${renderEntry(ctx, first, 'entry first')}</div>
${rest.map((service) => renderEntry(ctx, service)).join('\n')}
</section>`;
  })
  .join('\n')}
</section>`,
    )
    .join('\n');
}

function renderGuide(ctx: Context, situation: Situation, types: Set<string>): string {
  const { t, catalogue } = ctx;
  const crisis = new Map(catalogue.crisisLines.map((line) => [line.id, line]));
  const outcomes = situation.outcomes.map((outcome) => {
    const typeCodes = (outcome.match?.serviceTypes ?? []).filter((code) => types.has(code));
    const lines = (outcome.crisisLineIds ?? []).map((id) => crisis.get(id)).filter((line) => line !== undefined);
    const steps = outcome.steps.map((step) => `<li>${textFrom(ctx, step.title)}</li>`).join('');
    const see = typeCodes.map(
      (code) =>
        `<li>${escapeHtml(codeLabel(serviceType(code), ctx.lang))} <span class="pages">${escapeHtml(t.page)} ${pagesOf(ctx, [typeId(code)])}</span></li>`,
    );
    return `<div class="outcome">
<h4>${textFrom(ctx, outcome.title)}</h4>
${outcome.summary ? `<p>${textFrom(ctx, outcome.summary)}</p>` : ''}
${steps ? `<p class="label">${escapeHtml(t.steps)}</p><ol>${steps}</ol>` : ''}
${outcome.documents?.length ? `<p class="label">${escapeHtml(t.documents)}</p><ul>${outcome.documents.map((doc) => `<li>${textFrom(ctx, doc)}</li>`).join('')}</ul>` : ''}
${see.length ? `<p class="label">${escapeHtml(t.seeServices)}</p><ul class="see">${see.join('')}</ul>` : ''}
${lines.length ? `<p class="label">${escapeHtml(t.callNow)}</p><ul class="see">${lines.map((line) => `<li>${textFrom(ctx, line.name)}: <strong>${escapeHtml(formatPhone(line.phone))}</strong></li>`).join('')}</ul>` : ''}
</div>`;
  });
  return `<section class="guide" id="sit-${escapeHtml(situation.id)}">
<div class="keep"><h3>${textFrom(ctx, situation.title)}</h3>
<p class="lead">${textFrom(ctx, situation.summary)}</p>
${outcomes[0]}</div>
${outcomes.slice(1).join('\n')}
</section>`;
}

function renderGuides(ctx: Context, selection: Selection, groups: GroupSection[]): string {
  if (!selection.situations.length) return '';
  const types = new Set(groups.flatMap((group) => group.types.map((type) => type.code)));
  return `<section class="guides ${runningPage(ctx, ctx.t.guides)}" id="guides">
<h2 class="running">${escapeHtml(ctx.t.guides)}</h2>
<p class="lead">${escapeHtml(ctx.t.guidesIntro)}</p>
${selection.situations.map((situation) => renderGuide(ctx, situation, types)).join('\n')}
</section>`;
}

function renderIndex(ctx: Context, id: string, title: string, terms: Map<string, string[]>): string {
  const collator = new Intl.Collator(ctx.lang);
  const sorted = [...terms].sort(([a], [b]) => collator.compare(a, b));
  return `<section class="index ${runningPage(ctx, title)}" id="${id}">
<h2 class="running">${escapeHtml(title)}</h2>
<ul>${sorted
    .map(([term, ids]) => `<li><span class="term">${escapeHtml(term)}</span> ${pagesOf(ctx, ids)}</li>`)
    .join('\n')}</ul>
</section>`;
}

function indexes(ctx: Context, groups: GroupSection[]): string {
  const providers = new Map<string, string[]>();
  const towns = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const group of groups) {
    for (const type of group.types) {
      for (const service of type.services) {
        const id = entryId(service.id);
        const provider = textOf(ctx.catalogue, providerOf(ctx.catalogue, service)?.name, ctx.lang)?.text;
        if (provider) add(providers, provider, id);
        for (const town of townsOf(ctx.catalogue, service)) add(towns, town, id);
      }
    }
  }
  return (
    renderIndex(ctx, 'index-providers', ctx.t.indexProviders, providers) +
    renderIndex(ctx, 'index-towns', ctx.t.indexTowns, towns)
  );
}

export function renderBooklet(
  catalogue: Catalogue,
  selection: Selection,
  groups: GroupSection[],
  options: BookletOptions,
): string {
  const lang = options.lang;
  const t = TEXTS[lang];
  const ctx: Context = {
    catalogue,
    lang,
    t,
    options,
    date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
    list: new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }),
    languages: new Intl.DisplayNames([lang], { type: 'language' }),
    placeholder: selection.services.length > 1500 ? '0000' : '000',
    running: [],
  };
  const title = options.title ?? textOf(catalogue, catalogue.meta.title, lang)?.text ?? '';
  // The body first: rendering it names the sections' pages, whose headers the style then gives.
  const body = `${renderCover(ctx, title)}
${renderHowTo(ctx, selection)}
${renderCrisisLines(ctx)}
${renderContents(ctx, groups, selection)}
<main>
${renderServices(ctx, groups)}
${renderGuides(ctx, selection, groups)}
</main>
${indexes(ctx, groups)}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="generator" content="pomoc booklet">
<style>
${options.fontFaces}
${bookletCss(options)}
${runningHeaders(ctx.running)}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * One named page per section, whose top margin box carries the section's name: Chromium has
 * `@page` margin boxes but not `string-set`, so the header cannot come from the heading itself.
 */
function runningHeaders(titles: string[]): string {
  return titles
    .map(
      (title, index) =>
        `.sec-${index} { page: sec-${index}; }\n@page sec-${index} { @top-center { content: ${cssString(title)}; } }`,
    )
    .join('\n');
}

function bookletCss(options: BookletOptions): string {
  const accent = options.accent ?? '#1d4f73';
  const a4 = options.format === 'A4';
  return `
@page { size: ${options.format}; margin: ${a4 ? '20mm 18mm 22mm' : '15mm 13mm 17mm'};
  @bottom-center { content: counter(page); font: 9pt 'Noto Sans', sans-serif; }
  @top-center { font: 8pt 'Noto Sans', sans-serif; color: #333; }
}
@page :left { margin-left: ${a4 ? '16mm' : '11mm'}; margin-right: ${a4 ? '20mm' : '15mm'}; }
@page :right { margin-left: ${a4 ? '20mm' : '15mm'}; margin-right: ${a4 ? '16mm' : '11mm'}; }
@page cover { @bottom-center { content: none; } }

:root { --accent: ${accent}; }
/* No hyphens: auto: Chromium has no Czech or Ukrainian hyphenation offline, and it slows the layout. */
html { font-family: 'Noto Sans', sans-serif; font-size: ${a4 ? '10.5pt' : '9pt'}; line-height: 1.35; color: #000;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; widows: 2; orphans: 2; }
body { margin: 0; }
h1, h2, h3, h4 { line-height: 1.2; margin: 0; }
a { color: inherit; text-decoration: none; }
p { margin: 0 0 0.45em; }
ul, ol { margin: 0; padding: 0; list-style: none; }
.note { color: #333; }

.cover { page: cover; box-sizing: border-box; display: flex; flex-direction: column; height: ${a4 ? '250mm' : '175mm'};
  border-top: 6mm solid var(--accent); padding-top: 10mm; }
.cover .logo { max-width: 45mm; max-height: 25mm; object-fit: contain; align-self: flex-start; margin-bottom: 8mm; }
.cover h1 { font-size: ${a4 ? '28pt' : '20pt'}; font-weight: 700; margin-bottom: 5mm; }
.cover .area { font-size: 12pt; }
.cover .sample { border: 1.5pt solid #000; padding: 2mm 3mm; font-weight: 700; margin-top: 6mm; }
.cover-foot { margin-top: auto; border-top: 0.75pt solid #000; padding-top: 3mm; }
.cover .date { font-size: 12pt; font-weight: 700; }

.front { break-before: page; }
h2.running { font-size: ${a4 ? '18pt' : '14pt'}; font-weight: 700;
  border-bottom: 2pt solid var(--accent); padding-bottom: 1.5mm; margin-bottom: 4mm; }
.lead { font-size: 1.08em; }

.crisis ul { border-top: 0.75pt solid #000; }
.crisis-line { display: flex; gap: 3mm; align-items: baseline; border-bottom: 0.75pt solid #000; padding: 1mm 0;
  break-inside: avoid; }
.crisis-line .phone { font-size: 1.3em; font-weight: 700; min-width: ${a4 ? '36mm' : '26mm'}; margin: 0; white-space: nowrap; }
.crisis-line .name { font-weight: 700; margin: 0; }
.crisis-line .note { margin: 0; font-size: 0.88em; line-height: 1.25; }

.contents ol { counter-reset: none; }
.contents li a { display: flex; align-items: baseline; gap: 1.5mm; padding: 0.6mm 0; }
.contents li.level-1 { font-weight: 700; margin-top: 1.8mm; }
.contents li.level-2 { padding-left: 4mm; }
.contents .leader { flex: 1; border-bottom: 0.9pt dotted #000; min-width: 4mm; }
.contents .num { min-width: 2.6em; text-align: right; font-weight: 400; }
.para { font-weight: 400; white-space: nowrap; }
.pages .num { display: inline-block; min-width: 2.6em; }

.group { break-before: page; }
.type h3 { font-size: ${a4 ? '13pt' : '11pt'}; margin: 3mm 0 2mm; padding: 1mm 0 1mm 2.5mm; border-left: 2.5mm solid var(--accent);
  background: #f0f0f0; }
.keep, .entry, .outcome { break-inside: avoid; }
.keep .entry, .keep .outcome { break-inside: auto; }
.entry { border-bottom: 0.75pt solid #000; padding: 2mm 0 1.6mm; }
.entry header { overflow: hidden; }
.entry h4 { font-size: 1.12em; font-weight: 700; }
.entry .provider { font-style: normal; color: #222; margin: 0.3mm 0 1mm; }
.entry .alternate { margin: 0; }
.entry .closed { font-weight: 700; border: 1pt solid #000; display: inline-block; padding: 0 1.5mm; }
.entry .description { margin-bottom: 1mm; }
.entry .qr { float: right; margin: 0 0 1mm 2mm; }
.entry .qr svg { width: ${a4 ? '20mm' : '17mm'}; height: ${a4 ? '20mm' : '17mm'}; display: block; }
.entry dl { margin: 0; }
.entry .row { padding-left: ${a4 ? '30mm' : '22mm'}; }
.entry dt { font-weight: 700; float: left; width: ${a4 ? '28mm' : '21mm'}; margin-left: -${a4 ? '30mm' : '22mm'}; }
.entry dd { margin: 0; }
.entry .area { font-size: 0.9em; }
.entry .checked { font-size: 0.85em; color: #333; margin: 0.8mm 0 0; }

.guides { break-before: page; }
.guide { break-before: page; }
.guides > .guide:first-of-type { break-before: auto; }
.guide h3 { font-size: ${a4 ? '14pt' : '12pt'}; margin: 2mm 0; }
.outcome { border-left: 1.5mm solid var(--accent); padding-left: 3mm; margin: 3mm 0; }
.outcome h4 { font-size: 1.05em; margin-bottom: 1mm; }
.outcome .label { font-weight: 700; margin: 1.2mm 0 0.3mm; }
.outcome ol { list-style: decimal; padding-left: 5mm; }
.outcome ul { list-style: disc; padding-left: 5mm; }

.index { break-before: page; }
.index li { padding: 0.25mm 0 0.25mm 4mm; text-indent: -4mm; break-inside: avoid; }
.index .term { font-weight: 700; }
`;
}
