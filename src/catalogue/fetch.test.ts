// A large response is read into one array as it arrives when it says its length (the worker then
// decodes it without joining pieces, fetch.ts); whatever the length says, the bytes are the body's.
import { expect } from '@open-wc/testing';
import { fetchBytes, lengthOf } from './fetch.js';

/** A response of `body`, in pieces of 64 kB, saying `length` as its Content-Length. */
function respond(body: Uint8Array, length?: number): typeof fetch {
  return () => {
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= body.length) return controller.close();
        controller.enqueue(body.slice(at, (at += 65536)));
      },
    });
    const headers: Record<string, string> = length === undefined ? {} : { 'Content-Length': String(length) };
    return Promise.resolve(new Response(stream, { headers }));
  };
}

const joined = (chunks: Uint8Array[]) => {
  const all = new Uint8Array(lengthOf(chunks));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
};

describe('fetchBytes', () => {
  const body = Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7) % 251);

  it('reads a large response that says its length into one array', async () => {
    const chunks = await fetchBytes('https://example.org/c.json', 5000, respond(body, body.length));
    expect(chunks).to.have.length(1);
    expect(joined(chunks)).to.deep.equal(body);
  });

  it('reads the whole body when the length says less (a compressed response), more, something absurd or nothing', async () => {
    for (const length of [1_200_000, 5_000_000, 1e12, undefined]) {
      const chunks = await fetchBytes('https://example.org/c.json', 5000, respond(body, length));
      expect(lengthOf(chunks), `length ${length}`).to.equal(body.length);
      expect(joined(chunks)).to.deep.equal(body);
    }
  });
});
