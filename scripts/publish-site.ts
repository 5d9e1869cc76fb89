/**
 * Builds the site from STRAPI_URL into a new release and switches the served site to it.
 * The CMS's site-publisher plugin runs this for every build, with what changed since the last
 * one (SITE_CHANGED_DOCUMENTS, a JSON list) or SITE_BUILD_MODE=full; its last line is the
 * result as JSON, and a failure exits non-zero with the reason on stderr.
 */
import { defaultStrapiUrl, type ChangedDocument } from '@zorgzone/config';
import { publishRelease } from '../publishing/src/releases.ts';

const aborter = new AbortController();
// Run by the CMS with an IPC channel, which closes when the CMS dies, even by SIGKILL: a build
// it can no longer record must not switch the live site behind its back.
const onParentGone = () => aborter.abort(new Error('The CMS stopped during the build.'));
if (process.channel) process.once('disconnect', onParentGone);
// The CMS stops a running build this way when it shuts down; the build still cleans up after itself.
process.once('SIGTERM', () => aborter.abort(new Error('The build was stopped with the CMS.')));

try {
  const release = await publishRelease(process.env.STRAPI_URL || defaultStrapiUrl, {
    signal: aborter.signal,
    mode: process.env.SITE_BUILD_MODE === 'full' ? 'full' : 'incremental',
    changes: JSON.parse(process.env.SITE_CHANGED_DOCUMENTS || '[]') as ChangedDocument[],
  });
  console.log(JSON.stringify(release));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  // The channel keeps this process alive while it is listened to.
  process.off('disconnect', onParentGone);
  if (process.connected) process.disconnect?.();
}
