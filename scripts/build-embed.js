// Part of `npm run build`, after Vite: the iframe embed next to the classic script in dist/ —
// embed.html (loads pomoc.iife.js and embed.js) and embed-host.js for the page around the iframe.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
for (const [entry, outfile] of [
  ['src/embed/embed.ts', 'dist/embed.js'],
  ['src/embed/host.ts', 'dist/embed-host.js'],
]) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
copyFileSync('src/embed/embed.html', 'dist/embed.html');
