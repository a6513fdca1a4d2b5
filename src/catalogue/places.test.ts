import { expect } from '@open-wc/testing';
import { smallCatalogue } from '../../test/fixtures/catalogue.js';
import { placesOf, serviceArea } from './places.js';
import { validateCatalogue } from './validate.js';

describe('placesOf', () => {
  it('groups services by public place and keeps the rest off the map', () => {
    const data = smallCatalogue();
    // A second service at the Rokycany place, and one at both places.
    data.services[3].locationIds = ['loc-rokycany', 'loc-mirosov'];
    const catalogue = validateCatalogue(data);
    const { places, unplaced } = placesOf(catalogue, catalogue.services);
    expect(places.map((place) => [place.id, place.services.map((service) => service.id)])).to.deep.equal([
      ['loc-mirosov', ['svc-poradna', 'svc-dluhy']],
      ['loc-rokycany', ['svc-pecovatelska', 'svc-dluhy']],
    ]);
    // The shelter's address is hidden; the club has no place at all.
    expect(unplaced.map((service) => service.id)).to.deep.equal(['svc-azyl', 'svc-klub']);
  });

  it('never places a hidden address, even one that came with coordinates', () => {
    const data = smallCatalogue();
    Object.assign(data.locations[2], {
      address: { street: 'Tajná 13', city: 'Rokycany' },
      latitude: 49.75,
      longitude: 13.6,
    });
    const catalogue = validateCatalogue(data);
    const { places } = placesOf(catalogue, catalogue.services);
    expect(places.map((place) => place.id)).to.not.include('loc-azyl');
  });
});

describe('serviceArea', () => {
  it('gives the towns served with a centre from the catalogue, and names the others', () => {
    const catalogue = validateCatalogue(smallCatalogue());
    const area = serviceArea(catalogue, catalogue.serviceById.get('svc-dluhy')!);
    expect(area.towns.map((town) => town.name)).to.deep.equal(['Mirošov']);
    expect(area.towns[0].point).to.deep.equal({ latitude: 49.6871, longitude: 13.6585 });
    expect(area.unknownTowns).to.deep.equal(['Strašice']);
  });

  it('shows a service at a hidden address by its town only', () => {
    const catalogue = validateCatalogue(smallCatalogue());
    const area = serviceArea(catalogue, catalogue.serviceById.get('svc-azyl')!);
    expect(area.towns.map((town) => town.name)).to.deep.equal(['Rokycany']);
    expect(area.towns[0].point).to.deep.equal({ latitude: 49.7427, longitude: 13.5946 });
  });
});
