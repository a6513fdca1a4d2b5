// An esbuild plugin: `import css from 'x.css?inline'` as Vite serves it, the minified CSS text as a
// string (Leaflet's stylesheet is adopted into the map's shadow root). Used by size.js and the bench.
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const inlineCss = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: require.resolve(args.path.replace(/\?inline$/, ''), { paths: [args.resolveDir] }),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code)};`, loader: 'js' };
    });
  },
};
