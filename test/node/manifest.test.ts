import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; description?: string }[];
  members?: { name: string; kind: string; privacy?: string; static?: boolean; description?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

// What the README documents for each widget: the manifest must list all of it.
const EXPECTED = {
  'pomoc-finder': {
    attributes: [
      'src',
      'languages',
      'heading',
      'page-size',
      'service-types',
      'target-groups',
      'forms',
      'towns',
      'kinds',
      'fixed-filters',
      'url-state',
    ],
    events: ['pomoc-search', 'pomoc-select'],
    parts: [
      'base',
      'heading',
      'search',
      'input',
      'filters',
      'chips',
      'results',
      'result',
      'result-name',
      'detail',
      'more',
    ],
    methods: ['highlight', 'openService'],
  },
  'pomoc-navigator': {
    attributes: ['src', 'languages', 'heading', 'situation', 'exit-url', 'url-state'],
    events: ['pomoc-situation', 'pomoc-outcome'],
    parts: [
      'base',
      'heading',
      'situations',
      'question',
      'answers',
      'trail',
      'outcome',
      'providers',
      'crisis-lines',
      'quick-exit',
    ],
    methods: [],
  },
  'pomoc-map': {
    attributes: ['src', 'languages', 'heading', 'for', 'tile-url', 'tile-attribution', 'center', 'zoom'],
    events: ['pomoc-select'],
    parts: ['base', 'heading', 'search', 'map', 'attribution', 'list', 'unplaced', 'detail'],
    methods: [],
  },
};

describe('custom-elements.json', () => {
  const result = spawnSync('npm', ['run', '--silent', 'manifest'], { cwd: root, encoding: 'utf8' });
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const elements = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration]),
  );

  it('is generated from the classes and named in package.json', () => {
    assert.equal(result.status, 0, result.stderr);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      customElements: string;
      files: string[];
    };
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files.includes('custom-elements.json'));
    assert.deepEqual([...elements.keys()].sort(), ['pomoc-finder', 'pomoc-map', 'pomoc-navigator']);
  });

  for (const [tag, expected] of Object.entries(EXPECTED)) {
    it(`lists every attribute, property, event, part and custom property of <${tag}>`, () => {
      const element = elements.get(tag)!;
      const attributes = element.attributes!.map((attribute) => attribute.name);
      for (const name of expected.attributes) assert.ok(attributes.includes(name), `attribute ${name}`);
      // Every attribute is described, and is a documented public property.
      for (const attribute of element.attributes!)
        assert.ok(attribute.description, `${tag} ${attribute.name} has no description`);
      const publicMembers = element.members!.filter((member) => !member.privacy && !member.static);
      for (const member of publicMembers.filter((m) => m.kind === 'field')) {
        assert.ok(member.description, `${tag} property ${member.name} has no description`);
      }
      for (const method of expected.methods) {
        assert.ok(
          publicMembers.some((member) => member.kind === 'method' && member.name === method),
          `method ${method}`,
        );
      }
      assert.deepEqual(element.events!.map((event) => event.name).sort(), [...expected.events].sort());
      for (const event of element.events!) assert.ok(event.description, `event ${event.name}`);
      assert.deepEqual(element.cssParts!.map((part) => part.name).sort(), [...expected.parts].sort());
      const properties = element.cssProperties!.map((property) => property.name);
      for (const name of ['--pomoc-font', '--pomoc-text', '--pomoc-accent', '--pomoc-radius']) {
        assert.ok(properties.includes(name), `custom property ${name}`);
      }
      // The widgets have no slots: text a town may change is an attribute.
      assert.equal(element.slots, undefined);
    });
  }
});
