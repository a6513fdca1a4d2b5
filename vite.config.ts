import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// `npm start` serves demo/ with the catalogue samples under /examples/;
// `npm run build` writes the library: dist/pomoc.js (ES module) and dist/pomoc.iife.js (classic script).
export default defineConfig({
  root: resolve(root, 'demo'),
  publicDir: resolve(root, 'data-schema'),
  server: { host: true, port: 5173 },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(root, 'src/index.ts'),
      name: 'Pomoc',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'pomoc.js' : 'pomoc.iife.js'),
    },
  },
});
