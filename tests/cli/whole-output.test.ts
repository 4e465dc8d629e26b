// The CLI as a shell runs it, its stdout a pipe: a large report's JSON (99 kB, more than a pipe
// holds) must reach a reader that is slow to read it whole, and a reader that goes away must get
// a clear error, not silence.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'scripts/analyse.ts');
// The corpus's largest JSON, about 99 kB.
const LARGE_REPORT = join(REAL_PDF, 'inspection/80553_slough_cs-inspection_2016-02-17.pdf');
const PIPE_CAPACITY = 65_536;

type Ended = { code: number | null; stdout: Buffer; stderr: string };

function ended(child: ChildProcess): Promise<Ended> {
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((done, failed) => {
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(stdout), stderr }));
  });
}

const ANALYSE = [process.execPath, '--import', 'tsx', CLI];

/** `analyse FILE`, in its own Node process, its stdout going where `stdout` says. */
const analyse = (stdout: 'pipe' | number) => spawn(ANALYSE[0]!, [...ANALYSE.slice(1), LARGE_REPORT], { cwd: ROOT, stdio: ['ignore', stdout, 'pipe'] });

/** The JSON `analyse` writes to a file: what a pipe must deliver. */
async function fileRun(): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'ofsted-lens-pipe-'));
  try {
    const file = join(dir, 'report.json');
    const fd = openSync(file, 'w');
    const run = ended(analyse(fd));
    closeSync(fd);
    expect(await run).toMatchObject({ code: 0, stderr: '' });
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('npm run analyse into a pipe', () => {
  it('delivers a large report’s JSON whole to a reader that waits two seconds, byte for byte as a file run writes it', async () => {
    const written = await fileRun();
    expect(written.length).toBeGreaterThan(PIPE_CAPACITY);

    // The shell's pipe, a kernel pipe of 64 KiB (Node's own 'pipe' is a socket pair that would take
    // the whole JSON at once), into a reader that takes one byte, so the CLI has begun writing,
    // then nothing for two seconds, then the rest: `analyse FILE | (sleep 2; cat)`, made certain.
    const shell = 'node="$1"; shift; "$node" "$@" | (dd bs=1 count=1 2>/dev/null; sleep 2; cat); exit "${PIPESTATUS[0]}"';
    const piped = await ended(spawn('bash', ['-c', shell, 'pipe-test', ...ANALYSE, LARGE_REPORT], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
    expect(piped).toMatchObject({ code: 0, stderr: '' });
    expect(piped.stdout.length).toBe(written.length);
    expect(piped.stdout.equals(written)).toBe(true);
  }, 90_000);

  it('exits non-zero saying the output was closed when its reader goes away (EPIPE)', async () => {
    const child = analyse('pipe');
    // As `analyse FILE | true`: the reading end is closed before anything is written.
    child.stdout!.destroy();
    const { code, stderr } = await ended(child);
    expect(code).toBe(1);
    expect(stderr).toBe('analyse: the output was closed before all of it was written (EPIPE)\n');
  }, 60_000);
});
