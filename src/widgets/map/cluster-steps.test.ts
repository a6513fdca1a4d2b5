import { expect } from '@open-wc/testing';
import Supercluster from 'supercluster';
import { atOnce } from '../../catalogue/yield.js';
import { loadSteps } from './cluster-steps.js';

const options = {
  radius: 80,
  extent: 256,
  maxZoom: 18,
  map: (props: { services: number }) => ({ services: props.services }),
  reduce: (accumulated: { services: number }, props: { services: number }) => {
    accumulated.services += props.services;
  },
};

/** Places around a few towns, some at one address: a fixed pseudo-random spread. */
function places(count: number) {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const towns = [
    [49.74, 13.59],
    [50.08, 14.42],
    [49.19, 16.61],
    [49.82, 18.26],
  ];
  return Array.from({ length: count }, (_, index) => {
    const [latitude, longitude] = towns[index % towns.length];
    const spread = index % 7 === 0 ? 0 : 0.2;
    return {
      longitude: longitude + (random() - 0.5) * spread,
      latitude: latitude + (random() - 0.5) * spread,
      properties: { index, services: 1 + (index % 3) },
    };
  });
}

describe('loadSteps', () => {
  it('gives the same clusters at every zoom as Supercluster.load', () => {
    const points = places(6000);
    const loaded = new Supercluster(options).load(
      points.map(({ longitude, latitude, properties }) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [longitude, latitude] },
        properties,
      })),
    );
    const stepped = new Supercluster(options);
    let steps = 0;
    const generator = loadSteps(stepped, points, (i) => points[i].properties);
    while (!generator.next().done) steps++;
    // The points' k-d sort in steps of its own, then one step a zoom level.
    expect(steps).to.be.greaterThan(19);
    for (let zoom = 0; zoom <= 19; zoom++) {
      const clusters = stepped.getClusters([-180, -85, 180, 85], zoom);
      expect(clusters, `zoom ${zoom}`).to.deep.equal(loaded.getClusters([-180, -85, 180, 85], zoom));
      for (const cluster of clusters.slice(0, 5)) {
        if (!('cluster' in cluster.properties)) continue;
        const id = cluster.properties.cluster_id;
        expect(stepped.getClusterExpansionZoom(id)).to.equal(loaded.getClusterExpansionZoom(id));
        expect(stepped.getLeaves(id, Infinity)).to.deep.equal(loaded.getLeaves(id, Infinity));
      }
    }
  });

  it('builds a small index at once', () => {
    const points = places(40);
    const stepped = new Supercluster(options);
    atOnce(loadSteps(stepped, points, (i) => points[i].properties));
    const total = stepped
      .getClusters([-180, -85, 180, 85], 0)
      .reduce((sum, feature) => sum + ('cluster' in feature.properties ? feature.properties.point_count : 1), 0);
    expect(total).to.equal(40);
  });
});
