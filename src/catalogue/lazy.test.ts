// A catalogue the worker read keeps its records as JSON until one is asked for (lazy.ts). Built
// here from the worker's own steps (without a worker), it must answer as the catalogue read on the
// page does: the same records, the same places on a map, the same towns' centres and searches,
// and reading no record that nothing shows.
import { expect } from '@open-wc/testing';
import { serviceDistance, serviceDistanceById, townCentres } from './geo.js';
import { encodeRecords, fileSpans, lazyCatalogue, type CatalogueHead, type RecordTexts } from './lazy.js';
import { layoutSteps } from './layout-steps.js';
import { placesOf, placesOfIds, type PlacesOfServices } from './places.js';
import { adoptIndex, indexParts, searchIndex } from './search.js';
import { validateCatalogue } from './validate.js';
import { validateAsIs, type Catalogue } from './validate-core.js';
import { atOnce } from './yield.js';

const LISTS = ['organizations', 'locations', 'services'] as const;

/**
 * What the worker would send for the file `text`, put together as the page does (worker.ts,
 * worker-client.ts): validated as the worker does, each record found in the file's bytes by the
 * page's scan, or its own JSON when validation changed it.
 */
function asFromWorker(text: string): { eager: Catalogue; lazy: Catalogue; changed: number } {
  // As TextDecoder does, the byte order mark is not part of the text.
  const json = JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown[]>;
  const eager = validateAsIs(json) ?? validateCatalogue(json);
  const bytes = new TextEncoder().encode(text);
  const spans = atOnce(fileSpans(bytes))!;
  const { organizations, locations, services, ...rest } = eager;
  const head: Partial<Catalogue> = { ...rest };
  delete head.organizationById;
  delete head.locationById;
  delete head.serviceById;
  const lists = { organizations, locations, services };
  let changed = 0;
  const texts = {} as Record<(typeof LISTS)[number], RecordTexts>;
  for (const key of LISTS) {
    const elements = json[key];
    expect(spans[key]!.starts.length, `the scan found every ${key}`).to.equal(elements.length);
    const numberOf = new Map<unknown, number>(elements.map((element, number) => [element, number]));
    const list = lists[key] as { id: string }[];
    const raw = Int32Array.from(list, (record) => numberOf.get(record) ?? -1);
    const own = list.filter((_, i) => raw[i] < 0);
    changed += own.length;
    texts[key] = {
      ids: list.map((record) => record.id),
      numbers: new Map(list.map((record, number) => [record.id, number])),
      raw,
      own: encodeRecords(own),
      file: { bytes, spans: spans[key]! },
    };
  }
  // Through a structured clone, as the worker's message: what crosses is data only.
  const layout = structuredClone(atOnce(layoutSteps(eager)));
  return { eager, lazy: lazyCatalogue(structuredClone(head as CatalogueHead), texts, layout), changed };
}

/** Counts the records read (each is one JSON.parse) while `work` runs. */
function recordsRead(work: () => void): number {
  const parse = JSON.parse;
  let count = 0;
  JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
    count++;
    return parse(...args) as unknown;
  }) as typeof JSON.parse;
  try {
    work();
  } finally {
    JSON.parse = parse;
  }
  return count;
}

const placesSeen = ({ places, unplaced, servicesOnMap }: PlacesOfServices) => ({
  places: places.map((place) => [
    place.id,
    place.latitude,
    place.longitude,
    place.location.id,
    place.services.length,
    place.services.map((service) => service.id),
  ]),
  unplaced: unplaced.map((service) => service.id),
  unplacedCount: unplaced.length,
  servicesOnMap,
});

describe('a catalogue the worker read (records kept as text)', () => {
  let sample: Record<string, unknown[]>;
  let eager: Catalogue;
  let lazy: Catalogue;
  before(async () => {
    sample = await (await fetch('/data-schema/examples/sample-catalogue.json')).json();
    ({ eager, lazy } = asFromWorker(JSON.stringify(sample, null, 2)));
  });

  it('has the same records, lists and maps by id, read only when asked for', () => {
    expect(recordsRead(() => void lazy.services.length)).to.equal(0);
    expect(recordsRead(() => void lazy.serviceById.size)).to.equal(0);
    expect(recordsRead(() => void lazy.serviceById.get(eager.services[10].id))).to.equal(1);
    // Read once, then kept: the same object each time, by index and by id.
    expect(recordsRead(() => void lazy.services[10])).to.equal(0);
    expect(lazy.services[10]).to.equal(lazy.serviceById.get(eager.services[10].id));
    expect(JSON.stringify(lazy.services)).to.equal(JSON.stringify(eager.services));
    expect(JSON.stringify(lazy.locations)).to.equal(JSON.stringify(eager.locations));
    expect(JSON.stringify(lazy.organizations)).to.equal(JSON.stringify(eager.organizations));
    expect(Array.isArray(lazy.services)).to.equal(true);
    expect(lazy.services.length).to.equal(eager.services.length);
    expect(lazy.services.map((service) => service.id)).to.deep.equal(eager.services.map((service) => service.id));
    expect(lazy.services.filter((service) => service.status === 'inactive').length).to.equal(
      eager.services.filter((service) => service.status === 'inactive').length,
    );
    expect([...lazy.locations].map((location) => location.id)).to.deep.equal(eager.locations.map((l) => l.id));
    expect(Object.keys(lazy.organizations)).to.deep.equal(Object.keys(eager.organizations));
    expect([...lazy.locationById.keys()]).to.deep.equal([...eager.locationById.keys()]);
    expect([...lazy.organizationById.values()].map((o) => o.id)).to.deep.equal(
      [...eager.organizationById.values()].map((o) => o.id),
    );
    expect(lazy.serviceById.get('no-such-id')).to.equal(undefined);
    expect(lazy.services[lazy.services.length]).to.equal(undefined);
    // Read-only, as the widgets never write to a catalogue; not to be frozen either, and still whole after trying.
    expect(() => (lazy.services as unknown[]).push({})).to.throw(TypeError);
    expect(() => Object.freeze(lazy.services)).to.throw(TypeError);
    expect(lazy.services.length).to.equal(eager.services.length);
    expect(Object.keys(lazy.services)).to.have.length(eager.services.length);
    expect([...lazy.services]).to.have.length(eager.services.length);
    // The maps by id are Maps, read-only.
    expect(lazy.serviceById).to.be.instanceOf(Map);
    expect(() => (lazy.serviceById as Map<string, unknown>).set('x', {})).to.throw(TypeError);
    expect(lazy.serviceById.size).to.equal(eager.serviceById.size);
    // The other parts are as the page would have them.
    expect(lazy.meta).to.deep.equal(eager.meta);
    expect(lazy.situations).to.deep.equal(eager.situations);
    expect(lazy.issues).to.deep.equal(eager.issues);
  });

  it('gives a map the same places, in the same order, from its layout, reading no record', () => {
    const fresh = asFromWorker(JSON.stringify(sample)).lazy;
    const ids = eager.services.map((service) => service.id);
    let fromLayout: PlacesOfServices | undefined;
    // The places and their counts without reading a record; their services and locations when shown.
    expect(
      recordsRead(() => {
        fromLayout = placesOfIds(fresh, ids);
        for (const place of fromLayout.places) void place.services.length;
        void fromLayout.unplaced.length;
      }),
    ).to.equal(0);
    expect(fromLayout!.places.length).to.be.greaterThan(10);
    expect(placesSeen(fromLayout!)).to.deep.equal(placesSeen(placesOf(eager, eager.services)));
    // A search's services, an unknown id and an id twice, as a linked finder may give them.
    const some = [...ids.filter((_, i) => i % 3 === 0), 'no-such-id', ids[0]];
    expect(placesSeen(placesOfIds(fresh, some))).to.deep.equal(
      placesSeen(placesOf(eager, some.map((id) => eager.serviceById.get(id)!).filter(Boolean))),
    );
  });

  it('works out distances for "nearest first" without reading the records', () => {
    const fresh = asFromWorker(JSON.stringify(sample)).lazy;
    const from = { latitude: 49.75, longitude: 13.6 };
    for (const town of [undefined, 'Rokycany', 'Radnice', 'Praha']) {
      let distances: number[] = [];
      expect(
        recordsRead(() => (distances = eager.services.map((s) => serviceDistanceById(fresh, s.id, from, town)))),
      ).to.equal(0);
      expect(distances).to.deep.equal(eager.services.map((service) => serviceDistance(eager, service, from, town)));
    }
    expect(serviceDistanceById(fresh, 'no-such-id', from)).to.equal(Infinity);
  });

  it('knows the towns’ centres without reading the records', () => {
    const fresh = asFromWorker(JSON.stringify(sample)).lazy;
    let centres: Map<string, unknown> | undefined;
    expect(recordsRead(() => (centres = townCentres(fresh)))).to.equal(0);
    expect([...centres!]).to.deep.equal([...townCentres(eager)]);
  });

  it('reads the records the file has as they are from its bytes, and those validation changed from their own JSON', () => {
    const messy = structuredClone(sample) as {
      locations: Record<string, unknown>[];
      services: Record<string, unknown>[];
    };
    // Validation repairs these (validate-core.ts): a hidden address that gives its street, a place
    // with a latitude and no longitude.
    Object.assign(messy.locations[0], { hidden: true, address: { street: 'Tajná 1', city: 'Rokycany' } });
    delete messy.locations[1].longitude;
    // Strings a scan of the bytes must not be misled by: quotes, backslashes, brackets, commas, non-ASCII.
    messy.services[0].description = 'Řekli: "pomoc", {ne} [ano], \\ \\" \u2028 – ok';
    messy.services[1].name = '\\';
    // A file with a byte order mark, a list given twice (JSON.parse keeps the last) and spaces.
    const text = `\ufeff {"services": [], ${JSON.stringify(messy, null, '\t').slice(1)}`;
    const { eager: fromText, lazy: fromBytes, changed } = asFromWorker(text);
    expect(changed).to.be.at.least(2);
    for (const key of LISTS) expect(JSON.stringify(fromBytes[key])).to.equal(JSON.stringify(fromText[key]));
    expect(fromBytes.services[0].description).to.equal(messy.services[0].description);
  });

  it('searches as the page’s catalogue does, reading only the services whose cards are shown', () => {
    const fresh = asFromWorker(JSON.stringify(sample)).lazy;
    const index = adoptIndex(fresh, structuredClone(atOnce(indexParts(eager))));
    const own = searchIndex(eager);
    for (const text of ['', 'senior', 'pečovatelská služba', 'dluhy Rokycany', 'azyl']) {
      let hits: ReturnType<typeof index.search> = [];
      expect(recordsRead(() => (hits = index.search({ text })).map((hit) => hit.id))).to.equal(0);
      expect(hits.map((hit) => hit.id)).to.deep.equal(own.search({ text }).map((hit) => hit.id));
      // A page of cards reads its services, no more.
      expect(recordsRead(() => hits.slice(0, 3).forEach((hit) => void hit.service.name))).to.be.at.most(3);
    }
    expect(index.present()).to.deep.equal(own.present());
    // A hit carries no index of its own: as JSON, its service, id, score and quality.
    const [hit] = index.search({ text: 'azyl' });
    expect(Object.keys(JSON.parse(JSON.stringify(hit)) as object).sort()).to.deep.equal([
      'id',
      'quality',
      'score',
      'service',
    ]);
    expect(JSON.stringify(hit).length).to.be.lessThan(5000);
    // The services of a town, as objects and as ids.
    expect([...index.servicesInTown('Rokycany')].map((service) => service.id)).to.deep.equal([
      ...own.serviceIdsInTown('Rokycany'),
    ]);
    expect(own.serviceIdsInTown('Rokycany').size).to.be.greaterThan(0);
  });
});
