// The widgets' markup and styles are html`…` and css`…` literals; bundlers minify the code around
// them but not the text inside. For the build (vite.config.ts) and `npm run size`, this drops
// comments and needless white space from the css literals of *.styles.ts (none interpolates a
// value), and folds each line break with its indentation to a bare line break in the html
// literals of src/ (HTML renders both alike; the widgets have no <pre> or <textarea>).
import { readFile } from 'node:fs/promises';

const SOURCE_FILE = /[\\/]src[\\/].*\.ts$/;
const STYLES_FILE = /[\\/]src[\\/].*styles\.ts$/;

export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`$]*)`/g, (_, body) => {
    const css = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${css}\``;
  });
}

const foldLines = (text) => text.replace(/\n[ \t]*/g, '\n');

/**
 * The html literals of a module, their static text folded; everything else, other template
 * literals included, is copied as it is. Expressions are followed through nested braces, strings
 * and templates, so that a literal inside an expression is found too.
 */
export function minifyHtmlLiterals(code) {
  let i = 0;

  function template(fold) {
    let out = '';
    let text = '';
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        return out + (fold ? foldLines(text) : text) + '`';
      } else if (c === '$' && code[i + 1] === '{') {
        out += (fold ? foldLines(text) : text) + '${';
        text = '';
        i += 2;
        out += expression() + '}';
      } else {
        text += c;
        i++;
      }
    }
    throw new Error('minify-literals: a template literal does not end');
  }

  // Up to the closing brace of ${…} (consumed, not returned), or the end of the module.
  function expression(topLevel = false) {
    let out = '';
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === '{') depth++;
      else if (c === '}' && depth-- === 0 && !topLevel) {
        i++;
        return out;
      }
      if (c === '`') {
        const tagged = /(^|[^\w$.])html\s*$/.test(out);
        i++;
        out += '`' + template(tagged);
      } else if (c === '"' || c === "'") {
        const start = i++;
        while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
        i++;
        out += code.slice(start, i);
      } else if (c === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        out += code.slice(i, end < 0 ? code.length : end);
        i = end < 0 ? code.length : end;
      } else if (c === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2) + 2;
        out += code.slice(i, end);
        i = end;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  return expression(true);
}

const minify = (code, id) => {
  let result = STYLES_FILE.test(id) ? minifyCssLiterals(code) : code;
  if (result.includes('html`')) result = minifyHtmlLiterals(result);
  return result;
};

/** For Vite (and Rollup). */
export const minifyLiteralsPlugin = () => ({
  name: 'pomoc-minify-literals',
  enforce: 'pre',
  transform(code, id) {
    return SOURCE_FILE.test(id) && !id.endsWith('.test.ts') ? { code: minify(code, id), map: null } : undefined;
  },
});

/** For esbuild. */
export const minifyLiteralsEsbuild = {
  name: 'pomoc-minify-literals',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) =>
      SOURCE_FILE.test(args.path) && !args.path.endsWith('.test.ts')
        ? { contents: minify(await readFile(args.path, 'utf8'), args.path), loader: 'ts' }
        : undefined,
    );
  },
};
