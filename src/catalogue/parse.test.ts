import { expect } from '@open-wc/testing';
import { describeJsonError, jsonErrorOffset } from './json-error.js';
import { parseJsonSteps } from './parse.js';
import { atOnce } from './yield.js';

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

describe('JSON parsed in steps', () => {
  const parsed = (text: string, chunk: number) => atOnce(parseJsonSteps(text, chunk, 0));
  const thrown = (parse: () => unknown) => {
    try {
      parse();
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
    return 'nothing thrown';
  };

  const valid = [
    '{"services": [{"id": "a", "name": "Brackets ] } [ { in a string"}, {"id": "b"}, {"id": "c"}]}',
    '{"a": ["quote \\" and backslash \\\\", "\\\\\\"]", "\\u005d\\u007d", "\\\\"], "b": [1, -0, 2.5e3, true, null]}',
    '{"nested": [[1, [2, [3]]], [], [[]], {"x": [1, {"y": "]"}]}], "after": {"z": [1]}}',
    '\n\t {\r\n  "services" :\n [\n  {"id":"ř"} ,\n\t{"id":"😀 \\ud83d\\ude00"}\n ]\n ,"empty": [ \n ], "also": []\n}\n ',
    '{"__proto__": [1, 2], "toString": [3], "a": 1, "a": [2, 3], "b": "x", "b": {"c": [4]}}',
    '{"1": [1], "0": "zero", "schemaVersion": "2.0", "catalogue": {"title": "T"}, "n": 12, "f": false}',
    '{}',
    '[{"top": "level list"}, [1, 2]]',
    '"a string"',
    ' 42 ',
  ];

  it('gives what JSON.parse gives, whatever the size of the chunks', () => {
    for (const text of valid) {
      for (let chunk = 1; chunk <= text.length; chunk++) {
        const result = parsed(text, chunk);
        expect(result, `${text} by ${chunk}`).to.deep.equal(JSON.parse(text));
        expect(JSON.stringify(result), `${text} by ${chunk}`).to.equal(JSON.stringify(JSON.parse(text)));
      }
    }
    const proto = parsed(valid[4], 3) as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).to.equal(Object.prototype);
    expect(Object.keys(proto)).to.deep.equal(['__proto__', 'toString', 'a', 'b']);
    expect(proto.a).to.deep.equal([2, 3]);
  });

  it('throws what JSON.parse throws for broken JSON', () => {
    const broken = [
      '{"services": [{"id": "a"}, {"id": "b"},]}',
      '{"services": [, {"id": "a"}]}',
      '{"services": [{"id": "a"},, {"id": "b"}]}',
      '{"services": [          , 1]}',
      '{"services": [{"id": "a"}, {"id": "b"}}',
      '{"services": [{"id": "a"], "x": 1}',
      '{"services": [{"id": "unterminated}]}',
      '{"services": [{"id": "a\tb"}]}',
      '{"services": [{"id": "a"}] "x": 1}',
      '{"services": [{"id": "a"}], "x": }',
      '{"services": [1, 2], }',
      '{services: [1, 2]}',
      '{"services": [1, 2]} trailing',
      '{"services": [1, 2]}}',
      '\ufeff{"services": [1, 2]}',
      '{"services": [1, 2]\u00a0}',
      '{"services": [01, 2]}',
      '{"s": [1], "t": [2, 3]',
      '{"s": [1], "t": "\\x"}',
      '',
    ];
    for (const text of broken) {
      const expected = thrown(() => JSON.parse(text));
      expect(expected, text).to.match(/^SyntaxError/);
      for (let chunk = 1; chunk <= text.length; chunk++) {
        expect(
          thrown(() => parsed(text, chunk)),
          `${text} by ${chunk}`,
        ).to.equal(expected);
      }
    }
  });

  it('reads a catalogue in many steps', () => {
    const services = Array.from({ length: 500 }, (_, i) => ({
      id: `s${i}`,
      name: `Služba [${i}] "${'}'.repeat(i % 3)}"`,
    }));
    const text = JSON.stringify({ schemaVersion: '2.0', services, locations: [] }, null, 2);
    const steps = parseJsonSteps(text, 1000, 0);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    expect(count).to.be.above(20);
    expect(step.value).to.deep.equal(JSON.parse(text));
  });

  it('parses a text of a town catalogue’s size at once, without the scanner', () => {
    const services = Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, name: `Služba ${i}` }));
    const text = JSON.stringify({ schemaVersion: '2.0', services, locations: [] }, null, 2);
    const steps = parseJsonSteps(text, 1000);
    const step = steps.next();
    expect(step.done).to.equal(true);
    expect(step.value).to.deep.equal(JSON.parse(text));
  });
});
