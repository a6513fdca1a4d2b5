#!/usr/bin/env node
// The `pomoc` CLI. Its code is compiled to dist/node by `npm run build:node` (run by npm ci/install).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/node/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('pomoc: the CLI is not built yet. Run `npm run build:node` in the pomoc package.');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
