/**
 * `npm run bench:relevance`: how well the finder's search answers what residents type, judged by
 * the queries of queries.ts over the sample catalogue. For each query class it prints precision at
 * 5, recall of the expected set and the count of wrong-town results, and writes
 * bench/relevance-results.json. Relevance is about which services come back and in what order, so
 * it runs in Node on the same search code the widgets run; the finder's browser tests check that
 * the widget shows what search returns.
 *
 * - precision@5: of the first k results presented as matches (k = the smaller of 5 and the size of
 *   the expected set), the share that is expected; for a query whose town has nothing, 1 when
 *   nothing is presented as being there, else 0.
 * - recall: the share of the expected set among the results presented as matches.
 * - wrong-town: results presented as matches in the town asked for that are neither there nor
 *   serving it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadFuzzyMatching, SearchIndex } from '../../src/catalogue/search.js';
import { validateCatalogue, type Catalogue } from '../../src/catalogue/validate.js';
import { normalize } from '../../src/catalogue/normalize.js';
import { find } from '../../src/catalogue/find.js';
import { loadQueryData } from '../../src/catalogue/query.js';
import '../../src/catalogue/codelist-translations.js';
import type { Service } from '../../src/catalogue/schema.js';
import { generateCatalogue } from '../generate.js';
import { NATIONAL_QUERIES, SAMPLE_QUERIES, type JudgedQuery, type QueryClass } from './queries.js';

const TARGETS = { precision: 0.9, recall: 0.9, wrongTown: 0 };

interface Answer {
  /** Results presented as matches of the query (in the town asked for, when one was). */
  matches: Service[];
}

// `--baseline`: the words searched as they are, without understanding the query (the finder
// before issue 15), for comparison.
const BASELINE = process.argv.includes('--baseline');

/** What the finder presents for a query as matches. */
function answer(catalogue: Catalogue, index: SearchIndex, query: JudgedQuery): Answer {
  if (BASELINE) return { matches: index.search({ text: query.query }).map((hit) => hit.service) };
  return { matches: find(index, catalogue, { text: query.query }).hits.map((hit) => hit.service) };
}

function townsOf(catalogue: Catalogue, service: Service): Set<string> {
  const towns = new Set<string>();
  for (const id of service.locationIds ?? []) {
    const city = catalogue.locationById.get(id)?.address?.city;
    if (city) towns.add(normalize(city));
  }
  for (const town of service.areaServed ?? []) towns.add(normalize(town));
  return towns;
}

/** Whether a service's own description or tags (in any language) speak of a topic. */
function speaksOf(service: Service, pattern: RegExp): boolean {
  const texts = [JSON.stringify(service.description ?? ''), ...(service.tags ?? [])];
  return texts.some((text) => pattern.test(text));
}

function expectedSet(catalogue: Catalogue, query: JudgedQuery): Set<string> {
  if (query.nothingThere) return new Set();
  // Without a kind, a town alone expects everything there; a kind in a town with none of it
  // expects nothing to be presented as being there.
  if (query.ids) return new Set(query.ids);
  const town = query.town && normalize(query.town);
  return new Set(
    catalogue.services
      .filter(
        (service) =>
          service.status !== 'inactive' &&
          (!query.serviceTypes || query.serviceTypes.includes(service.serviceType)) &&
          (!query.targetGroups || query.targetGroups.some((code) => service.targetGroups?.includes(code as never))) &&
          (!query.speakingOf?.serviceTypes.includes(service.serviceType) ||
            speaksOf(service, query.speakingOf.pattern)) &&
          (!town || townsOf(catalogue, service).has(town)),
      )
      .map((service) => service.id),
  );
}

interface Judged {
  query: string;
  class: QueryClass;
  precision: number;
  recall: number;
  wrongTown: number;
  expected: number;
  found: number;
  top: string[];
}

function judge(catalogue: Catalogue, index: SearchIndex, query: JudgedQuery): Judged {
  const expected = expectedSet(catalogue, query);
  const { matches } = answer(catalogue, index, query);
  const k = Math.min(5, expected.size);
  const precision =
    expected.size === 0
      ? matches.length === 0
        ? 1
        : 0
      : matches.slice(0, k).filter((service) => expected.has(service.id)).length / k;
  const recall = expected.size === 0 ? 1 : matches.filter((s) => expected.has(s.id)).length / expected.size;
  const town = query.town && normalize(query.town);
  const wrongTown = town ? matches.filter((service) => !townsOf(catalogue, service).has(town)).length : 0;
  return {
    query: query.query,
    class: query.class,
    precision,
    recall,
    wrongTown,
    expected: expected.size,
    found: matches.length,
    top: matches.slice(0, 5).map((s) => s.id),
  };
}

const NATIONAL_SIZE = 5000;

interface Row {
  class: string;
  queries: number;
  precision: number;
  recall: number;
  wrongTown: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
const pass = (row: Row) =>
  row.precision >= TARGETS.precision && row.recall >= TARGETS.recall && row.wrongTown <= TARGETS.wrongTown;

function report(title: string, catalogue: Catalogue, queries: readonly JudgedQuery[]) {
  const index = new SearchIndex(catalogue);
  const judged = queries.map((query) => judge(catalogue, index, query));
  const summary = (name: string, of: Judged[]): Row => ({
    class: name,
    queries: of.length,
    precision: mean(of.map((j) => j.precision)),
    recall: mean(of.map((j) => j.recall)),
    wrongTown: of.reduce((sum, j) => sum + j.wrongTown, 0),
  });
  const classes = [...new Set(judged.map((j) => j.class))];
  const rows = [
    ...classes.map((name) =>
      summary(
        name,
        judged.filter((j) => j.class === name),
      ),
    ),
    summary('all', judged),
  ];
  console.log(`\n${title}`);
  console.log('class            queries  precision@5  recall  wrong-town');
  for (const row of rows) {
    console.log(
      `${row.class.padEnd(16)} ${String(row.queries).padStart(7)}  ${row.precision.toFixed(2).padStart(11)}  ${row.recall
        .toFixed(2)
        .padStart(6)}  ${String(row.wrongTown).padStart(10)}  ${pass(row) ? 'PASS' : 'FAIL'}`,
    );
  }
  const failing = judged.filter((j) => j.precision < 1 || j.recall < 1 || j.wrongTown > 0);
  console.log(`queries below 1.0 (${failing.length}):`);
  for (const j of failing) {
    console.log(
      `  [${j.class}] ${j.query}: p@5 ${j.precision.toFixed(2)}, recall ${j.recall.toFixed(2)}, wrong-town ${j.wrongTown}, ${j.expected} expected, ${j.found} found, top: ${j.top.join(' ') || '–'}`,
    );
  }
  return { classes: rows, queries: judged, ok: rows.every(pass) };
}

await loadFuzzyMatching();
await loadQueryData();
const sample = validateCatalogue(
  JSON.parse(readFileSync(new URL('../../data-schema/examples/sample-catalogue.json', import.meta.url), 'utf8')),
);
const national = validateCatalogue(generateCatalogue({ services: NATIONAL_SIZE }));
const results = {
  targets: TARGETS,
  sample: report('sample catalogue (ORP Rokycany, 73 services)', sample, SAMPLE_QUERIES),
  national: report(
    `generated national catalogue (${NATIONAL_SIZE.toLocaleString('en')} services)`,
    national,
    NATIONAL_QUERIES,
  ),
};
if (!BASELINE)
  writeFileSync(new URL('../relevance-results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
console.log(
  `\n${results.sample.ok && results.national.ok ? 'All targets met' : 'Some targets not met'}: precision@5 ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall} in every class, ${TARGETS.wrongTown} wrong-town results${BASELINE ? ' (baseline: not written)' : '; bench/relevance-results.json written'}.`,
);
