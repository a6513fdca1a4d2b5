/**
 * `npm run bench:booklet`: time and peak memory of `pomoc booklet` as a partner runs it — the built
 * CLI (bin/pomoc.js), A5, QR codes on (--finder-url) — for the sample catalogue and generated ones
 * (bench/generate.ts). Memory is the peak of the RSS summed over the whole process tree (Node and
 * every Chromium process), sampled every 0.5 s with `ps`; shared pages count once per process, so
 * it overstates what the machine gives up, the same way for every run.
 *
 *   BOOKLET_SIZES=sample,1000,5000 npm run bench:booklet     (the default)
 *
 * Prints a table and writes bench/booklet-results.json. Exit code 1 when a run fails.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueFile, writeCatalogue } from './generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(root, 'data-schema/examples/sample-catalogue.json');
const RESULTS = join(root, 'bench/booklet-results.json');

interface Run {
  catalogue: string;
  services: number;
  pages: number;
  prints: number;
  /** Wall time of the command, s. */
  seconds: number;
  /** Each print as the command reported it: pages and seconds (page load + print + read back). */
  passes: { pages: number; seconds: number }[];
  /** Peak of the RSS summed over the command's process tree, MB. */
  peakRssMb: number;
  pdfMb: number;
}

/** RSS of `pid` and all its descendants, kB, from one `ps` of the whole machine. */
function treeRss(pid: number): number {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const [id, parent, kb] of rows) {
    rss.set(id, kb);
    children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const id = stack.pop()!;
    total += rss.get(id) ?? 0;
    stack.push(...(children.get(id) ?? []));
  }
  return total;
}

async function measure(label: string, source: string, services: number): Promise<Run> {
  const directory = mkdtempSync(join(tmpdir(), 'pomoc-bench-booklet-'));
  const pdf = join(directory, 'katalog.pdf');
  const args = ['bin/pomoc.js', 'booklet', source, '-o', pdf, '--format', 'A5', '--lang', 'cs'];
  args.push('--finder-url', 'https://www.example.cz/sluzby');
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => {
    err += chunk;
    process.stderr.write(`  ${label}: ${String(chunk).trimEnd().replace(/\n/g, `\n  ${label}: `)}\n`);
  });
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, treeRss(child.pid!));
    } catch {
      // the process ended between two samples
    }
  }, 500);
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  try {
    if (code !== 0) throw new Error(`${label}: exit code ${code}\n${err}${out}`);
    // The command's messages, in English or Czech (as LANG or LC_ALL say): "1,013 pages in 20.2 s",
    // "1 013 stran za 20,2 s".
    const czech = /Sázím/.test(err);
    const digits = (text: string) => Number(text.replace(/\D/g, ''));
    const decimal = (text: string) =>
      Number(czech ? text.replace(/\s/g, '').replace(',', '.') : text.replace(/,/g, ''));
    const pages = /\(([\d\s,]+) (?:pages?|stran[ay]?)\)/.exec(out);
    const passes = [...err.matchAll(/… ([\d\s,]+) (?:pages? in|stran[ay]? za) ([\d\s.,]+) s/g)].map((match) => ({
      pages: digits(match[1]),
      seconds: decimal(match[2]),
    }));
    return {
      catalogue: label,
      services,
      pages: pages ? digits(pages[1]) : 0,
      prints: passes.length,
      seconds: Math.round(seconds * 10) / 10,
      passes,
      peakRssMb: Math.round(peak / 1024),
      pdfMb: Math.round((statSync(pdf).size / 1e6) * 10) / 10,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function main() {
  const sizes = (process.env.BOOKLET_SIZES ?? 'sample,1000,5000').split(',').map((size) => size.trim());
  execFileSync('npm', ['run', '--silent', 'build:node'], { cwd: root, stdio: 'inherit' });
  const runs: Run[] = [];
  for (const size of sizes) {
    let source = SAMPLE;
    let services: number;
    if (size === 'sample') {
      const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { services: { status?: string }[] };
      services = sample.services.filter((service) => service.status !== 'inactive').length;
    } else {
      services = Number(size);
      if (!Number.isInteger(services) || services <= 0) throw new Error(`BOOKLET_SIZES: ${size}?`);
      writeCatalogue(services);
      source = catalogueFile(services);
    }
    console.error(`${size}: ${services} services…`);
    runs.push(await measure(size, source, services));
  }
  const fmt = (value: number) => value.toLocaleString('en');
  const rows = runs.map((run) => [
    run.catalogue,
    fmt(run.services),
    fmt(run.pages),
    `${fmt(run.seconds)} s`,
    run.passes.map((pass) => `${fmt(pass.pages)} p. ${fmt(pass.seconds)} s`).join(' + '),
    `${fmt(run.peakRssMb)} MB`,
    `${fmt(run.pdfMb)} MB`,
  ]);
  const header = ['catalogue', 'services', 'pages', 'wall time', 'prints (pages, time)', 'peak RSS (tree)', 'PDF'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `| ${widths.map((width, column) => (column ? '-'.repeat(width - 1) + ':' : '-'.repeat(width))).join(' | ')} |`,
  );
  for (const row of rows) console.log(line(row));
  writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), format: 'A5', qr: true, runs }, null, 2));
  console.log(`\nWritten: ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
