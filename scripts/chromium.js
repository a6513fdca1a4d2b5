// Finds the Chromium that browser tests and benchmarks run in. Nothing here downloads a browser:
// on Debian, as root, the distribution's own `chromium` package is installed when none is found.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

// Needed as root and on a machine without network beyond its package registries.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

const canApt = () => process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;

/** The Chromium binary; installs Debian's chromium as root when there is none, else exits with one line. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (canApt()) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'No Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
