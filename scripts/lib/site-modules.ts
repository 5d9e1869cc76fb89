import path from 'node:path';
import { runnerImport } from 'vite';
import { siteDir } from '../../publishing/src/paths.ts';

/**
 * One of the site's own modules, loaded by Vite because they use extensionless imports that
 * Node alone does not resolve: scripts measure what the site really does instead of a copy.
 */
export async function importSiteModule<T>(file: string): Promise<T> {
  return (
    await runnerImport<T>(path.join(siteDir, 'src', file), { configFile: false, logLevel: 'error' })
  ).module;
}
