/**
 * Building supercluster's index in steps, so that a large map's clusters are worked out in tasks
 * of their own instead of one task of half a second (20,000 services, ≈ 15,000 places; see
 * bench/README.md).
 *
 * `Supercluster.load` puts the points in a k-d tree (kdbush), then clusters them at its last zoom
 * and each zoom from the one above, each level in a tree of its own. The same work is done here
 * in steps of a few ms, with supercluster's own data layout: the points written into its arrays
 * a chunk at a time (`load` does it in one loop), every tree's k-d sort and every zoom level's
 * clustering (`_cluster`, one pass over all the points of the level above) stopped every few
 * thousand items. The copies of kdbush's sort and of supercluster's `_cluster` below are theirs
 * (ISC License, Copyright (c) Vladimir Agafonkin), with their loops made resumable. Should a later
 * supercluster change its inside, the index is built at once by `load`, as before; a test
 * compares both ways' clusters at every zoom.
 * Why not a Web Worker: the index is queried synchronously at every pan and zoom, and moving it
 * back from a worker means copying its trees; in steps, nothing is copied and no file is added.
 */
import type Supercluster from 'supercluster';
import type { Steps } from '../../catalogue/yield.js';

interface Tree {
  data: Int32Array;
  numItems: number;
  nodeSize: number;
  ids: Uint16Array | Uint32Array;
  coords: Int32Array;
  add(x: number, y: number): number;
  withinInto(x: number, y: number, r: number, out: Uint32Array): number;
  _finished: boolean;
}

/** What supercluster 9.1 keeps inside, and `load` uses. */
interface Internals {
  options: {
    minZoom: number;
    maxZoom: number;
    nodeSize: number;
    radius: number;
    extent: number;
    minPoints: number;
    reduce?: ((accumulated: object, props: object) => void) | null;
  };
  trees: Tree[];
  stride: number;
  numPoints: number;
  props: unknown[];
  coords: Float64Array;
  ids: unknown[] | null;
  clusterProps: object[];
  _map(data: Int32Array, i: number, clone?: boolean): object;
  _cluster(data: Int32Array, numItems: number, zoom: number, out: Int32Array): number;
  _createTree(data: Int32Array, numItems: number): Tree;
}

// Items partitioned in a step of the k-d sort, points written or clustered in a step: a few ms,
// more the first time (a cold script).
const SORT_STEP = 8000;
const POINT_STEP = 2000;
const CLUSTER_STEP = 4000;

// supercluster 9.1's layout of a point or cluster in its Int32Array (`stride` items each), and
// its encoding of a mercator coordinate in [0, 1] as an int32.
const OFFSET_ZOOM = 2;
const OFFSET_ID = 3;
const OFFSET_PARENT = 4;
const OFFSET_NUM = 5;
const OFFSET_PROP = 6;
const SCALE = 0x40000000;
const encode = (c: number) => (c - 0.5) * SCALE;
const lngX = (lng: number) => lng / 360 + 0.5;
function latY(lat: number) {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

/** Whether this supercluster is the one whose inside the steps below know. */
function knownInside(inside: Internals): boolean {
  return (
    typeof inside._cluster === 'function' &&
    typeof inside._createTree === 'function' &&
    typeof inside._map === 'function' &&
    Array.isArray(inside.trees) &&
    Array.isArray(inside.clusterProps) &&
    inside.stride === (inside.options.reduce ? 7 : 6)
  );
}

/** Where a point to cluster is: a place. */
export interface ClusterPoint {
  longitude: number;
  latitude: number;
}

/**
 * `index.load(features)`, a step at a time, from the points themselves: no GeoJSON feature is
 * made for each (thousands of objects the garbage collector would copy). `properties(i)` is what
 * supercluster gives back for the i-th point.
 */
export function* loadSteps<P extends object, C extends object>(
  index: Supercluster<P, C>,
  points: readonly ClusterPoint[],
  properties: (i: number) => P,
): Steps<void> {
  const inside = index as unknown as Internals;
  if (!knownInside(inside)) {
    index.load(
      points.map(({ longitude, latitude }, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
        properties: properties(i),
      })),
    );
    return;
  }
  const { minZoom, maxZoom, nodeSize } = inside.options;
  const { stride } = inside;
  // kdbush's class, from a tree of one point: trees are filled here, and k-d sorted in steps.
  const KDBush = inside._createTree(new Int32Array(stride), 1).constructor as new (
    numItems: number,
    nodeSize: number,
    arrayType: Int32ArrayConstructor,
  ) => Tree;
  const unsortedTree = (data: Int32Array, numItems: number) => {
    const tree = new KDBush(numItems, nodeSize, Int32Array);
    for (let i = 0; i < numItems; i++) tree.add(data[i * stride], data[i * stride + 1]);
    tree.data = data;
    return tree;
  };
  // The points, as `load` writes them: mercator coordinates, encoded in the tree's data.
  const count = points.length;
  const notProcessed = maxZoom + 1;
  const data = new Int32Array(count * stride);
  const props = new Array<unknown>(count);
  const coords = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    if (i % POINT_STEP === 0) yield;
    const x = lngX(points[i].longitude);
    const y = latY(points[i].latitude);
    coords[2 * i] = x;
    coords[2 * i + 1] = y;
    const w = i * stride;
    data[w] = encode(x);
    data[w + 1] = encode(y);
    data[w + OFFSET_ZOOM] = notProcessed;
    data[w + OFFSET_ID] = i;
    data[w + OFFSET_PARENT] = -1;
    data[w + OFFSET_NUM] = 1;
    props[i] = properties(i);
  }
  inside.numPoints = count;
  inside.props = props;
  inside.coords = coords;
  inside.ids = null;
  yield;
  const pointsTree = unsortedTree(data, count);
  yield* kdSortSteps(pointsTree);
  inside.trees[maxZoom + 1] = pointsTree;
  for (let zoom = maxZoom; zoom >= minZoom; zoom--) {
    yield;
    const above = inside.trees[zoom + 1];
    const out = new Int32Array(above.numItems * stride);
    const written = yield* clusterSteps(inside, above.data, above.numItems, zoom, out);
    // No cluster formed at this zoom: the same tree, as `load` does.
    if (written === above.numItems) {
      inside.trees[zoom] = above;
    } else {
      const tree = unsortedTree(out, written);
      yield* kdSortSteps(tree);
      inside.trees[zoom] = tree;
    }
  }
}

/** supercluster's `_cluster`: the clusters of one zoom from the level above, in steps. */
function* clusterSteps(inside: Internals, data: Int32Array, numItems: number, zoom: number, out: Int32Array) {
  const { radius, extent, reduce, minPoints, maxZoom } = inside.options;
  const r = (radius / (extent * (1 << zoom))) * SCALE;
  const notProcessed = maxZoom + 1;
  const tree = inside.trees[zoom + 1];
  const { stride } = inside;
  const limit = numItems * stride;
  const neighborIds = new Uint32Array(numItems);
  let cursor = 0;
  // Work done since the last step: each point, and each neighbour found (many at low zooms).
  let work = 0;
  for (let i = 0; i < limit; i += stride) {
    if (++work > CLUSTER_STEP) {
      work = 0;
      yield;
    }
    if (data[i + OFFSET_ZOOM] <= zoom) continue;
    data[i + OFFSET_ZOOM] = zoom;
    const x = data[i];
    const y = data[i + 1];
    const neighborCount = tree.withinInto(x, y, r, neighborIds);
    work += neighborCount;
    const numPointsOrigin = data[i + OFFSET_NUM];
    let numPoints = numPointsOrigin;
    for (let n = 0; n < neighborCount; n++) {
      const k = neighborIds[n] * stride;
      if (data[k + OFFSET_ZOOM] > zoom) numPoints += data[k + OFFSET_NUM];
    }
    if (numPoints > numPointsOrigin && numPoints >= minPoints) {
      let wx = x * numPointsOrigin;
      let wy = y * numPointsOrigin;
      let clusterProperties: object | undefined;
      let clusterPropIndex = -1;
      const id = (((i / stride) | 0) << 5) + (zoom + 1) + inside.numPoints;
      for (let n = 0; n < neighborCount; n++) {
        const k = neighborIds[n] * stride;
        if (data[k + OFFSET_ZOOM] <= zoom) continue;
        data[k + OFFSET_ZOOM] = zoom;
        const numPoints2 = data[k + OFFSET_NUM];
        wx += data[k] * numPoints2;
        wy += data[k + 1] * numPoints2;
        data[k + OFFSET_PARENT] = id;
        if (reduce) {
          if (!clusterProperties) {
            clusterProperties = inside._map(data, i, true);
            clusterPropIndex = inside.clusterProps.length;
            inside.clusterProps.push(clusterProperties);
          }
          reduce(clusterProperties, inside._map(data, k));
        }
      }
      data[i + OFFSET_PARENT] = id;
      out[cursor] = wx / numPoints;
      out[cursor + 1] = wy / numPoints;
      out[cursor + OFFSET_ZOOM] = notProcessed;
      out[cursor + OFFSET_ID] = id;
      out[cursor + OFFSET_PARENT] = -1;
      out[cursor + OFFSET_NUM] = numPoints;
      if (reduce) out[cursor + OFFSET_PROP] = clusterPropIndex;
      cursor += stride;
    } else {
      // Left as they are: the point and, when too few for a cluster, its neighbours.
      for (let j = 0; j < stride; j++) out[cursor + j] = data[i + j];
      cursor += stride;
      if (numPoints > 1) {
        for (let n = 0; n < neighborCount; n++) {
          const k = neighborIds[n] * stride;
          if (data[k + OFFSET_ZOOM] <= zoom) continue;
          data[k + OFFSET_ZOOM] = zoom;
          for (let j = 0; j < stride; j++) out[cursor + j] = data[k + j];
          cursor += stride;
        }
      }
    }
  }
  return cursor / stride;
}

/*
 * kdbush's k-d sort (ISC License, Copyright (c) Vladimir Agafonkin), its recursion kept on a stack
 * of its own, so that it can stop between two ranges: the ranges are disjoint, so the order in
 * which they are sorted does not change the result.
 */
function* kdSortSteps(tree: Tree): Steps<void> {
  const { ids, coords, nodeSize } = tree;
  const stack = [0, ids.length - 1, 0];
  let moved = 0;
  yield;
  while (stack.length) {
    const axis = stack.pop()!;
    const right = stack.pop()!;
    const left = stack.pop()!;
    if (right - left <= nodeSize) continue;
    const middle = (left + right) >> 1;
    select(ids, coords, middle, left, right, axis);
    stack.push(left, middle - 1, 1 - axis, middle + 1, right, 1 - axis);
    moved += right - left;
    if (moved > SORT_STEP) {
      moved = 0;
      yield;
    }
  }
  tree._finished = true;
}

/** Floyd–Rivest selection: items [left, k) are smaller than the k-th on the axis, as kdbush's. */
function select(
  ids: Uint16Array | Uint32Array,
  coords: Int32Array,
  k: number,
  left: number,
  right: number,
  axis: number,
) {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(ids, coords, k, newLeft, newRight, axis);
    }
    const t = coords[2 * k + axis];
    let i = left;
    let j = right;
    swapItem(ids, coords, left, k);
    if (coords[2 * right + axis] > t) swapItem(ids, coords, left, right);
    while (i < j) {
      swapItem(ids, coords, i, j);
      i++;
      j--;
      while (coords[2 * i + axis] < t) i++;
      while (coords[2 * j + axis] > t) j--;
    }
    if (coords[2 * left + axis] === t) swapItem(ids, coords, left, j);
    else {
      j++;
      swapItem(ids, coords, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swapItem(ids: Uint16Array | Uint32Array, coords: Int32Array, i: number, j: number) {
  swap(ids, i, j);
  swap(coords, 2 * i, 2 * j);
  swap(coords, 2 * i + 1, 2 * j + 1);
}

function swap(array: Uint16Array | Uint32Array | Int32Array, i: number, j: number) {
  const item = array[i];
  array[i] = array[j];
  array[j] = item;
}
