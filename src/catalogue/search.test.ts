import { expect } from '@open-wc/testing';
import { smallCatalogue } from '../../test/fixtures/catalogue.js';
import {
  SearchIndex,
  indexParts,
  loadFuzzyMatching,
  searchIndex,
  type IndexParts,
  type SearchQuery,
} from './search.js';
import { validateCatalogue } from './validate.js';

const index = () => new SearchIndex(validateCatalogue(smallCatalogue()));
const ids = (query: SearchQuery, on = index()) => on.search(query).map((hit) => hit.service.id);

// Monday 23 November 2026, 10:00 in Prague (CET, UTC+1).
const MONDAY_MORNING = new Date('2026-11-23T09:00:00Z');

describe('SearchIndex.search', () => {
  before(() => loadFuzzyMatching());

  it('lists every active service by Czech alphabetical order when nothing is asked', () => {
    expect(ids({})).to.deep.equal(['svc-azyl', 'svc-dluhy', 'svc-poradna', 'svc-pecovatelska']);
  });

  it('ignores diacritics and case', () => {
    expect(ids({ text: 'pecovatelska' })).to.deep.equal(['svc-pecovatelska']);
    expect(ids({ text: 'PEČOVATELSKÁ' })).to.deep.equal(['svc-pecovatelska']);
    expect(ids({ text: 'mirosov' })).to.deep.equal(['svc-poradna', 'svc-dluhy']);
  });

  it('forgives a typo', () => {
    expect(ids({ text: 'pecovatelsak' })).to.deep.equal(['svc-pecovatelska']);
    expect(ids({ text: 'azilovy' })).to.deep.equal(['svc-azyl']);
  });

  it('matches other endings of a Czech word', () => {
    const data = smallCatalogue();
    data.services[0].description = 'Pomáháme lidem s demencí a jejich rodinám.';
    const on = new SearchIndex(validateCatalogue(data));
    expect(ids({ text: 'demence' }, on)).to.deep.equal(['svc-pecovatelska']);
    expect(ids({ text: 'seniorum' }, on)).to.deep.equal(['svc-pecovatelska']);
  });

  it('never counts a temporarily closed service as open', () => {
    const data = smallCatalogue();
    Object.assign(data.services[2], { status: 'temporarily-closed' });
    const on = new SearchIndex(validateCatalogue(data));
    expect(ids({ filters: { openNow: true }, now: MONDAY_MORNING }, on)).to.not.include('svc-azyl');
  });

  it('finds words as they are typed', () => {
    const typed = ['p', 'pe', 'peč', 'pečo'].map((text) => ids({ text }));
    expect(typed.at(-1)).to.deep.equal(['svc-pecovatelska']);
    expect(typed[0]).to.include('svc-pecovatelska');
  });

  it('searches provider, type label, paragraph, tags, target groups and towns', () => {
    expect(ids({ text: 'charita' })).to.have.members(['svc-poradna', 'svc-azyl']);
    expect(ids({ text: 'azylové domy' })).to.deep.equal(['svc-azyl']);
    expect(ids({ text: '§40' })).to.deep.equal(['svc-pecovatelska']);
    expect(ids({ text: 'exekuce' })).to.have.members(['svc-poradna', 'svc-dluhy']);
    expect(ids({ text: 'domaciho nasili' })).to.deep.equal(['svc-azyl']);
    expect(ids({ text: 'Kamenný Újezd' })).to.deep.equal(['svc-pecovatelska']);
  });

  it('lets small words of a sentence-like query pass', () => {
    expect(ids({ text: 'pečovatelská služba pro seniory' })).to.deep.equal(['svc-pecovatelska']);
    expect(ids({ text: 'poradna pro dluhy' })).to.have.members(['svc-poradna', 'svc-dluhy']);
  });

  it('needs every word to match', () => {
    expect(ids({ text: 'exekuce mirosov' })).to.have.members(['svc-poradna', 'svc-dluhy']);
    expect(ids({ text: 'exekuce rokycany' })).to.deep.equal([]);
  });

  it('ranks a name starting with the query first, then exact words, then approximate ones', () => {
    const hits = index().search({ text: 'dluh' });
    expect(hits.map((hit) => [hit.service.id, hit.quality])).to.deep.equal([
      ['svc-dluhy', 'name'],
      ['svc-poradna', 'exact'],
    ]);
  });

  it('gives the same order every time', () => {
    const on = index();
    const first = ids({ text: 'poradenstvi' }, on);
    expect(first.length).to.be.greaterThan(1);
    for (let i = 0; i < 5; i++) expect(ids({ text: 'poradenstvi' }, on)).to.deep.equal(first);
  });

  it('filters by service type, kind, form, target and age group', () => {
    expect(ids({ filters: { serviceTypes: ['azylove-domy', 'dluhove-poradenstvi'] } })).to.deep.equal([
      'svc-azyl',
      'svc-dluhy',
    ]);
    expect(ids({ filters: { kinds: ['related'] } })).to.deep.equal(['svc-dluhy']);
    expect(ids({ filters: { kinds: ['social'] } })).to.not.include('svc-dluhy');
    expect(ids({ filters: { forms: ['terenni'] } })).to.deep.equal(['svc-dluhy', 'svc-pecovatelska']);
    expect(ids({ filters: { targetGroups: ['rodiny-s-detmi'] } })).to.deep.equal(['svc-azyl', 'svc-poradna']);
    expect(ids({ filters: { ageGroups: ['starsi-seniori'] } })).to.deep.equal(['svc-pecovatelska']);
  });

  it('combines filters: any value within one, all of them together', () => {
    expect(ids({ filters: { forms: ['terenni', 'pobytova'], targetGroups: ['rodiny-s-detmi'] } })).to.deep.equal([
      'svc-azyl',
    ]);
    expect(ids({ text: 'poradenstvi', filters: { freeOfCharge: true, kinds: ['related'] } })).to.deep.equal([
      'svc-dluhy',
    ]);
  });

  it('keeps to the kinds of service asked for: each of them, by type or by group of people', () => {
    const kind = (serviceTypes: string[], targetGroups: string[] = []) => ({ serviceTypes, targetGroups });
    expect(ids({ kinds: [kind(['azylove-domy'])] })).to.deep.equal(['svc-azyl']);
    expect(ids({ kinds: [kind([], ['rodiny-s-detmi'])] })).to.deep.equal(['svc-azyl', 'svc-poradna']);
    expect(ids({ kinds: [kind(['pecovatelska-sluzba'], ['obeti-domaciho-nasili'])] })).to.deep.equal([
      'svc-azyl',
      'svc-pecovatelska',
    ]);
    expect(ids({ kinds: [kind(['azylove-domy']), kind([], ['rodiny-s-detmi'])] })).to.deep.equal(['svc-azyl']);
    expect(ids({ text: 'charita', kinds: [kind(['odborne-socialni-poradenstvi'])] })).to.deep.equal(['svc-poradna']);
    expect(ids({ text: 'charita', kinds: [] })).to.have.members(['svc-poradna', 'svc-azyl']);
  });

  it('filters by town: where the service is, or whom it serves', () => {
    expect(ids({ filters: { towns: ['Mirošov'] } })).to.deep.equal(['svc-dluhy', 'svc-poradna']);
    expect(ids({ filters: { towns: ['strasice'] } })).to.deep.equal(['svc-dluhy']);
    expect(ids({ filters: { towns: ['Rokycany'] } })).to.deep.equal(['svc-azyl', 'svc-pecovatelska']);
    expect(index().towns).to.deep.equal(['Kamenný Újezd', 'Mirošov', 'Rokycany', 'Strašice']);
  });

  it('filters services open now, in Prague time', () => {
    expect(ids({ filters: { openNow: true }, now: MONDAY_MORNING })).to.deep.equal([
      'svc-azyl',
      'svc-poradna',
      'svc-pecovatelska',
    ]);
    const sunday = new Date('2026-11-22T09:00:00Z');
    expect(ids({ filters: { openNow: true }, now: sunday })).to.deep.equal(['svc-azyl']);
    // 17 November is a public holiday (a Tuesday in 2026): only the non-stop shelter is open.
    expect(ids({ filters: { openNow: true }, now: new Date('2026-11-17T09:00:00Z') })).to.deep.equal(['svc-azyl']);
  });

  it('leaves inactive services out unless asked', () => {
    expect(ids({ text: 'klub' })).to.deep.equal([]);
    expect(ids({ text: 'klub', filters: { includeInactive: true } })).to.deep.equal(['svc-klub']);
  });

  it('builds one index per catalogue', () => {
    const catalogue = validateCatalogue(smallCatalogue());
    expect(searchIndex(catalogue)).to.equal(searchIndex(catalogue));
  });

  it('tells which kinds of service and target groups the catalogue has, as its records say', async () => {
    const response = await fetch('/data-schema/examples/sample-catalogue.json');
    for (const catalogue of [validateCatalogue(smallCatalogue()), validateCatalogue(await response.json())]) {
      const { serviceTypes, targetGroups } = new SearchIndex(catalogue).present();
      expect([...serviceTypes].sort()).to.deep.equal([...new Set(catalogue.services.map((s) => s.serviceType))].sort());
      expect([...targetGroups].sort()).to.deep.equal(
        [...new Set(catalogue.services.flatMap((s) => s.targetGroups ?? []))].sort(),
      );
      expect(targetGroups.size).to.be.above(1);
    }
  });
});

describe('an index whose first parts come ahead of its words (the worker)', () => {
  before(() => loadFuzzyMatching());

  it('lists and filters with its first parts, answers text as a whole index once its words come (or builds them when asked first)', () => {
    const catalogue = validateCatalogue(smallCatalogue());
    let first: IndexParts | undefined;
    const steps = indexParts(catalogue, (parts) => {
      // A copy, as the worker sends it (it goes on filling its own arrays).
      first = structuredClone(parts);
    });
    let step = steps.next();
    while (!step.done && !first) step = steps.next();
    expect(first?.words).to.equal(false);
    const early = new SearchIndex(catalogue, first);
    const whole = new SearchIndex(catalogue);
    const listed = (on: SearchIndex, query: SearchQuery) => on.search(query).map((hit) => hit.id);
    const queries: SearchQuery[] = [
      {},
      { filters: { towns: ['Rokycany'] } },
      { filters: { serviceTypes: ['odborne-socialni-poradenstvi'] } },
    ];
    for (const query of queries) {
      const expected = listed(whole, query);
      if (query.filters) expect(expected.length, JSON.stringify(query)).to.be.within(1, whole.services.length - 1);
      expect(listed(early, query), JSON.stringify(query)).to.deep.equal(expected);
    }
    expect(early.present()).to.deep.equal(whole.present());
    expect(early.towns).to.deep.equal(whole.towns);
    expect(early.hasWords).to.equal(false);
    while (!step.done) step = steps.next();
    early.addWords(step.value);
    expect(early.hasWords).to.equal(true);
    // A text search before the words builds them itself.
    const asked = new SearchIndex(catalogue, structuredClone(first));
    expect(asked.search({ text: 'exekuce' }).map((hit) => hit.id)).to.deep.equal(
      whole.search({ text: 'exekuce' }).map((hit) => hit.id),
    );
    expect(asked.hasWords).to.equal(true);
    for (const text of ['poradna', 'pečovatelská služba pro seniory', 'exekuce', 'hosipc', 'Kamenný Újezd', 'p']) {
      expect(
        early.search({ text }).map((hit) => [hit.id, hit.score, hit.quality]),
        text,
      ).to.deep.equal(whole.search({ text }).map((hit) => [hit.id, hit.score, hit.quality]));
    }
  });
});

describe('a search in steps (searchSteps: a keystroke on a large catalogue, in slices)', () => {
  before(() => loadFuzzyMatching());

  /** The sample catalogue's services 60 times over (4,380, ids of their own): a letter reaches most. */
  async function largeCatalogue() {
    const sample = (await (await fetch('/data-schema/examples/sample-catalogue.json')).json()) as {
      services: { id: string }[];
    };
    const services = Array.from({ length: 60 }, (_, copy) =>
      sample.services.map((service) => ({ ...service, id: `${service.id}-${copy}` })),
    ).flat();
    return validateCatalogue({ ...sample, services });
  }

  it('answers as search() does, in several steps, with other searches between its steps', async () => {
    const catalogue = await largeCatalogue();
    const index = new SearchIndex(catalogue);
    const fresh = new SearchIndex(catalogue);
    const answer = (hits: readonly { id: string; score: number; quality: string }[]) =>
      hits.map((hit) => [hit.id, hit.score, hit.quality]);
    for (const text of ['p', 'pe', 'domov senior', 'hosipc']) {
      const expected = answer(fresh.search({ text }));
      const corrections = [...fresh.lastCorrections()];
      const between = answer(fresh.search({ text: 'poradna rokycany' }));
      expect(expected.length, text).to.be.greaterThan(0);
      const steps = index.searchSteps({ text });
      let step = steps.next();
      let count = 1;
      while (!step.done) {
        // Another widget's search between two steps: neither disturbs the other.
        expect(answer(index.search({ text: 'poradna rokycany' })), text).to.deep.equal(between);
        step = steps.next();
        count++;
      }
      expect(answer(step.value), text).to.deep.equal(expected);
      // What it corrected is that search's, not the last one between its steps.
      expect(index.lastCorrections(), text).to.deep.equal(corrections);
      if (text === 'hosipc') expect(corrections).to.deep.equal([['hosipc', 'hospic']]);
      if (text === 'p') {
        expect(step.value.length).to.be.greaterThan(catalogue.services.length / 2);
        expect(count, 'steps of one letter').to.be.greaterThan(3);
      }
    }
  });
});
