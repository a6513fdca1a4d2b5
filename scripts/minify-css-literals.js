// The widgets' stylesheets are css`…` literals in *.styles.ts files; bundlers minify the code
// around them but not the CSS inside. This drops comments and needless white space from those
// literals (none of them interpolates a value), for the build (vite.config.ts) and `npm run size`.
import { readFile } from 'node:fs/promises';

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

/** For Vite (and Rollup): minify the literals of the styles files. */
export const minifyCssLiteralsPlugin = () => ({
  name: 'pomoc-minify-css-literals',
  enforce: 'pre',
  transform(code, id) {
    return STYLES_FILE.test(id) ? { code: minifyCssLiterals(code), map: null } : undefined;
  },
});

/** For esbuild. */
export const minifyCssLiteralsEsbuild = {
  name: 'pomoc-minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /styles\.ts$/ }, async (args) =>
      STYLES_FILE.test(args.path)
        ? { contents: minifyCssLiterals(await readFile(args.path, 'utf8')), loader: 'ts' }
        : undefined,
    );
  },
};
