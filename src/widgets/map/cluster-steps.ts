/**
 * Building supercluster's index in steps, so that a large map's clusters are worked out in tasks
 * of their own instead of one task of half a second (20,000 services, ≈ 15,000 places; see
 * bench/README.md).
 *
 * `Supercluster.load` puts the points in a k-d tree (kdbush), then clusters them at its last zoom
 * and each zoom from the one above, each level in a tree of its own. The same work is done here
 * through supercluster's own methods: `load` with `minZoom` past `maxZoom` makes only the points'
 * tree, then each zoom level clusters the one above; every tree's k-d sort (the longest part: for
 * the points and the highest zoom levels, ≈ 100–200 ms each in a cold script under load) is done
 * in steps below. Should a later supercluster change those methods, the index is built at once
 * by `load`, as before; a test compares both ways' clusters at every zoom.
 * Why not a Web Worker: the index is queried synchronously at every pan and zoom, and moving it
 * back from a worker means copying its trees; in steps, nothing is copied and no file is added.
 */
import type Supercluster from 'supercluster';
import type { PointFeature } from 'supercluster';
import type { Steps } from '../../catalogue/yield.js';

interface Tree {
  data: Int32Array;
  numItems: number;
  nodeSize: number;
  ids: Uint16Array | Uint32Array;
  coords: Int32Array;
  add(x: number, y: number): number;
  _finished: boolean;
}

/** What supercluster 9 keeps inside, and `load` uses. */
interface Internals {
  options: { minZoom: number; maxZoom: number; nodeSize: number };
  trees: Tree[];
  stride: number;
  _cluster(data: Int32Array, numItems: number, zoom: number, out: Int32Array): number;
  _createTree(data: Int32Array, numItems: number): Tree;
}

// Items partitioned in a step of the k-d sort: a few ms, more the first time (a cold script).
const SORT_STEP = 8000;

/** `index.load(points)`, a step at a time. */
export function* loadSteps<P extends object, C extends object>(
  index: Supercluster<P, C>,
  points: PointFeature<P>[],
): Steps<void> {
  const inside = index as unknown as Internals;
  const { minZoom, maxZoom, nodeSize } = inside.options;
  if (typeof inside._cluster !== 'function' || typeof inside._createTree !== 'function' || !inside.trees) {
    index.load(points);
    return;
  }
  // kdbush's class, from a tree of one point: trees are filled here, and k-d sorted in steps.
  const KDBush = inside._createTree(new Int32Array(inside.stride), 1).constructor as new (
    numItems: number,
    nodeSize: number,
    arrayType: Int32ArrayConstructor,
  ) => Tree;
  const unsortedTree = (data: Int32Array, numItems: number) => {
    const tree = new KDBush(numItems, nodeSize, Int32Array);
    for (let i = 0; i < numItems; i++) tree.add(data[i * inside.stride], data[i * inside.stride + 1]);
    tree.data = data;
    return tree;
  };
  const createTree = inside._createTree;
  inside.options.minZoom = maxZoom + 1;
  inside._createTree = unsortedTree;
  try {
    index.load(points);
  } finally {
    inside.options.minZoom = minZoom;
    // Assigned back, not deleted: a deleted property would slow every later use of the index.
    inside._createTree = createTree;
  }
  yield* kdSortSteps(inside.trees[maxZoom + 1]);
  for (let zoom = maxZoom; zoom >= minZoom; zoom--) {
    yield;
    const above = inside.trees[zoom + 1];
    const out = new Int32Array(above.numItems * inside.stride);
    const written = inside._cluster(above.data, above.numItems, zoom, out);
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
