/**
 * Giving the browser back the main thread between the steps of loading a catalogue, so that a
 * town's page stays responsive (input, scrolling, its own scripts) while a large catalogue is read:
 * each step is its own task instead of one task of a second or more.
 *
 * `scheduler.yield()` where the browser has it (Chromium 129+: the continuation keeps its place
 * ahead of other work); elsewhere a MessageChannel message, which, unlike setTimeout, is neither
 * clamped to 4 ms when nested nor throttled to once a second in a background tab; in Node,
 * setImmediate.
 */
interface Scheduler {
  yield(): Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Node (the CLI, tests): a listening port would keep the process alive; setImmediate does not.
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(undefined);
  });
}

// A last good copy is written this long after the catalogue is read, when the browser is next idle.
const SAVE_AFTER = 1000;

/**
 * A moment for the work that follows a catalogue's first results (writing its last good copy):
 * a second after it is read, when the browser is next idle (at the latest 4 s later).
 */
export const afterShown = () =>
  new Promise<void>((resolve) =>
    setTimeout(
      () =>
        typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 4000 }) : resolve(),
      SAVE_AFTER,
    ),
  );

/**
 * Work written once as a generator that yields between small steps (a few hundred records, a
 * chunk of text), run either at once (`atOnce`: the CLI, the tools, the catalogue API) or in
 * slices of the main thread (`inSlices`: the browser's loader). Each step is a few milliseconds;
 * a slice runs steps until its budget is spent, then gives the browser the thread back, so that no
 * task of loading a catalogue comes near the 50 ms of a long task.
 */
export type Steps<T> = Generator<void, T, void>;

// Below 50 ms with room for a step that runs late and a garbage collection inside the slice.
const SLICE_BUDGET = 25;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** What `steps` gives, computed in one go. */
export function atOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * What `steps` gives, computed in slices of at most about `budget` ms (SLICE_BUDGET unless told),
 * each a task of its own. A smaller budget for steps that may each take tens of ms (the map's,
 * in a cold script): a slice then ends after about one of them.
 */
export async function inSlices<T>(steps: Steps<T>, budget = SLICE_BUDGET): Promise<T> {
  // A slice of its own from the first step: the task that called may have worked a while already.
  await nextTask();
  let start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - start > budget) {
      await nextTask();
      start = now();
    }
  }
}
