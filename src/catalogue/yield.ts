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
