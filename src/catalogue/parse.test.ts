import { expect } from '@open-wc/testing';
import { describeJsonError, jsonErrorOffset } from './parse.js';

describe('broken JSON', () => {
  it('finds the first character that breaks the syntax', () => {
    expect(jsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "x\\u00e9"}')).to.equal(undefined);
    expect(jsonErrorOffset('{"a": 1,}')).to.equal(8);
    expect(jsonErrorOffset('{"a": tru}')).to.equal(9);
    expect(jsonErrorOffset('{"a": "unterminated')).to.equal(19);
    expect(jsonErrorOffset('[1, 2] x')).to.equal(7);
    expect(jsonErrorOffset("{'a': 1}")).to.equal(1);
  });

  it('gives no position, and does not fail, for brackets nested deeper than the stack', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).to.equal(undefined);
  });

  it('says on which line and column', () => {
    const text = '{\n  "services": [\n    {"id": "a",}\n  ]\n}';
    let error: Error | undefined;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught as Error;
    }
    expect(describeJsonError(error!, text)).to.match(/\(line 3, column 16\)$/);
  });
});
