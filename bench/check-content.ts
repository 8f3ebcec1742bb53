// `npm run bench:check [-- episodes]`: how long `npm run check:content` takes
// beside `npm run build` on the same content, as an author's CI would run them:
// each a fresh process, timed from outside by /usr/bin/time (startup included).
// Wall time depends on what else the machine runs; CPU time (user + system,
// every thread) much less, so both are printed.
//
// Content: the real corpus (CORPUS_DIR, default ../shared/corpus/rawkode, left
// out when absent) and N synthetic episodes (default 10,000; bench/synthetic-content.ts).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticContent } from './synthetic-content';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

interface Timing {
  wallSeconds: number;
  cpuSeconds: number;
  /** Content with errors exits 1; that is a result, not a failure of the bench. */
  code: number;
}

/** One command, run from the project root under /usr/bin/time. */
function timed(command: string, args: string[], env: Record<string, string>): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIMES %e %U %S', command, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) => {
      const times = /^TIMES ([\d.]+) ([\d.]+) ([\d.]+)$/m.exec(stderr);
      if ((code !== 0 && code !== 1) || !times) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      const [wall, user, system] = times.slice(1).map(Number) as [number, number, number];
      resolve({ wallSeconds: wall, cpuSeconds: user + system, code: code ?? 0 });
    });
  });
}

const seconds = (value: number) => `${value.toFixed(1).padStart(5)} s`;

async function measure(label: string, contentDir: string, outDir: string) {
  const env = { CONTENT_DIR: contentDir, CONTENT_STRICT: '' };
  const check = await timed(bin('tsx'), ['scripts/check-content.ts'], env);
  const build = await timed(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], env);
  console.log(
    `${label.padEnd(28)} check:content ${seconds(check.wallSeconds)} wall, ${seconds(check.cpuSeconds)} CPU   ` +
      `build ${seconds(build.wallSeconds)} wall, ${seconds(build.cpuSeconds)} CPU   ` +
      `(check takes ${((100 * check.cpuSeconds) / build.cpuSeconds).toFixed(0)}% of the build's CPU)` +
      (check.code === 0 ? '' : '   check found errors'),
  );
}

async function main() {
  const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000);
  const corpus = path.resolve(projectRoot, process.env.CORPUS_DIR ?? '../shared/corpus/rawkode');
  const work = await mkdtemp(path.join(tmpdir(), 'bench-check-'));
  try {
    if (existsSync(corpus)) await measure('real corpus', corpus, path.join(work, 'dist-corpus'));
    else console.log(`real corpus: not found at ${corpus} (set CORPUS_DIR)`);
    const synthetic = path.join(work, 'content');
    await writeSyntheticContent(synthetic, count);
    await measure(`${count.toLocaleString('en')} synthetic episodes`, synthetic, path.join(work, 'dist-synthetic'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
