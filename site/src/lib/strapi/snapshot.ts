import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteContent } from './models';

/**
 * A build's whole content as JSON, so the same pages can be built with no CMS in the loop:
 * the benchmark's lower bound (`npm run bench`). Uploaded files stay in the media cache, where
 * the build that wrote the snapshot copied them.
 */
interface Snapshot {
  readonly format: 2;
  readonly content: SiteContent;
}

export function writeSnapshot(file: string, content: SiteContent): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ format: 2, content } satisfies Snapshot));
}

export function readSnapshot(file: string): SiteContent {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Partial<Snapshot>;
  if (snapshot.format !== 2 || !snapshot.content) {
    throw new Error(`${file} is not a content snapshot written by this site's build.`);
  }
  return snapshot.content;
}
