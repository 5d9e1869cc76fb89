import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { cmsBin, cmsDir } from './paths.ts';

export interface RunningCms {
  readonly url: string;
  readonly process: ChildProcess;
  /** What the CMS has printed so far, when its output is piped. */
  log(): string;
  stop(): Promise<void>;
}

export interface CmsOptions {
  readonly port: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Where Strapi's own log goes: the terminal for `npm start`, a buffer for tests. */
  readonly output?: 'inherit' | 'pipe';
  readonly startTimeoutMs?: number;
}

/** Starts the built CMS with `strapi start` and resolves once /_health answers. */
export async function startCms({
  port,
  env = {},
  output = 'inherit',
  startTimeoutMs = 180_000,
}: CmsOptions): Promise<RunningCms> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(cmsBin, ['start'], {
    cwd: cmsDir,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ...env, PORT: String(port) },
    stdio: ['ignore', output, output],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code))
  );

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    const ended = await Promise.race([exited, delay(500).then(() => undefined)]);
    if (ended !== undefined)
      throw new Error(`The CMS stopped while starting (exit code ${ended}).\n${log.slice(-4000)}`);
    if (await isHealthy(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(
        `The CMS did not answer on ${url}/_health within ${startTimeoutMs / 1000} s.\n${log.slice(-4000)}`
      );
    }
  }

  return {
    url,
    process: child,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([
        exited,
        delay(15_000, undefined, { ref: false }).then(() => child.kill('SIGKILL')),
      ]);
    },
  };
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_health`);
    return response.ok;
  } catch {
    return false;
  }
}
