import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  apacheRedirects,
  caddyRedirects,
  netlifyRedirects,
  nginxRedirects,
  parseRedirectsFile,
  type RedirectList,
} from './host-formats';

/** Whether a decoded site path is served as a file from this client folder. */
function servedFrom(clientDir: string): (sitePath: string) => boolean {
  return (sitePath) => {
    const file = path.join(clientDir, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
    return file.startsWith(clientDir + path.sep) && existsSync(file) && statSync(file).isFile();
  };
}

/**
 * Writes client/redirects.json in the formats hosts read: `_redirects` and `.htaccess` into the
 * client folder (hosts find them there), `redirects.nginx.conf` and `redirects.caddy` beside it,
 * where no visitor can fetch them. Without redirects.json every file is written empty, so a
 * server config that includes them never points at a missing file.
 */
export function writeRedirectFiles(client: string): RedirectList {
  const clientDir = path.resolve(client);
  const source = path.join(clientDir, 'redirects.json');
  let list: RedirectList = { redirects: [], skipped: [] };
  if (existsSync(source)) {
    try {
      list = parseRedirectsFile(readFileSync(source, 'utf8'), { isPage: servedFrom(clientDir) });
    } catch (error) {
      throw new Error(`${source}: ${(error as Error).message}`, { cause: error });
    }
  }
  const outDir = path.dirname(clientDir);
  writeFileSync(path.join(clientDir, '_redirects'), netlifyRedirects(list.redirects));
  writeFileSync(path.join(clientDir, '.htaccess'), apacheRedirects(list.redirects));
  writeFileSync(path.join(outDir, 'redirects.nginx.conf'), nginxRedirects(list.redirects));
  writeFileSync(path.join(outDir, 'redirects.caddy'), caddyRedirects(list.redirects));
  return list;
}

/** Turns the build's redirects.json into `_redirects`, `.htaccess` and nginx and Caddy includes. */
export function redirectsIntegration(): AstroIntegration {
  return {
    name: 'zorgzone-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { redirects, skipped } = writeRedirectFiles(fileURLToPath(dir));
        for (const { index, reason } of skipped)
          logger.warn(`redirects.json entry ${index} left out: ${reason}`);
        logger.info(
          `${redirects.length} redirects written to _redirects, .htaccess, ../redirects.nginx.conf and ../redirects.caddy`
        );
      },
    },
  };
}
