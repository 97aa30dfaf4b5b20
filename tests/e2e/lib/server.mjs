// Starts the real `handen serve` on a free loopback port with a throwaway
// database, for one test file.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

export async function startServer(env = {}) {
  const bin = process.env.HANDEN_BIN ?? join(repo, 'target/debug/handen');
  const dist = process.env.HANDEN_DIST ?? join(repo, 'dist');
  const dir = mkdtempSync(join(tmpdir(), 'handen-e2e-'));
  const port = await freePort();
  const log = join(dir, 'server.log');
  const child = spawn(bin, ['serve'], {
    env: {
      ...process.env,
      SMTP_URL: '',
      HANDEN_BIND: `127.0.0.1:${port}`,
      DATABASE_URL: `sqlite://${join(dir, 'handen.db')}?mode=rwc`,
      HANDEN_DIST: dist,
      HANDEN_OUTBOX_DIR: join(dir, 'outbox'),
      HANDEN_LOG_FORMAT: 'json',
      // The suite signs up its example person's mobile number many times on
      // one server; the per-address limit has its own API test.
      HANDEN_WRITES_PER_ADDRESS_PER_HOUR: '1000',
      ...env,
    },
    stdio: ['ignore', 'ignore', openSync(log, 'w')],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`handen exited early, see ${log}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`handen did not start, see ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const databaseUrl = `sqlite://${join(dir, 'handen.db')}?mode=rwc`;
  return {
    base,
    dir,
    log,
    outbox: join(dir, 'outbox'),
    // Counts from the operators' tool (`handen stats`): what was stored.
    stats() {
      return JSON.parse(execFileSync(bin, ['stats', '--database-url', databaseUrl], { encoding: 'utf8' }));
    },
    // Another `handen` subcommand on this server's database, e.g. the
    // freshness job at a chosen moment; its JSON output.
    run(args) {
      const env = { ...process.env, HANDEN_PUBLIC_URL: base };
      return JSON.parse(execFileSync(bin, [...args, '--database-url', databaseUrl], { encoding: 'utf8', env, stdio: 'pipe' }));
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
