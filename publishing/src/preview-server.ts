import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { siteDir } from './paths.ts';

export interface RunningPreviewServer {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs a release's own server (Astro's Node adapter) for the draft preview route. It reads
 * drafts from STRAPI_URL with PREVIEW_API_TOKEN and answers only links carrying PREVIEW_SECRET;
 * only the CMS's admin (PUBLIC_CMS_URL, else STRAPI_URL) may frame it.
 */
export async function startPreviewServer({
  port,
  release,
  host = '127.0.0.1',
  env = {},
}: {
  port: number;
  release: string;
  host?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<RunningPreviewServer> {
  const entry = fileURLToPath(new URL('preview-process.ts', import.meta.url));
  const child = spawn(process.execPath, [entry, release], {
    cwd: siteDir,
    env: {
      ...process.env,
      ...env,
      HOST: host,
      PORT: String(port),
      // preview-process.ts starts Astro's handler inside its own server.
      ASTRO_NODE_AUTOSTART: 'disabled',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`The preview server stopped (exit code ${child.exitCode}).\n${log}`);
    try {
      await fetch(`${url}/preview/`);
      break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 100) throw new Error(`The preview server did not answer on ${url}.\n${log}`);
    await delay(100);
  }
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
