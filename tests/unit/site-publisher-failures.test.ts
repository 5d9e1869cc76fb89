import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyFailure,
  failureCodes,
  failureLine,
  failureOf,
} from '../../cms/src/plugins/site-publisher/shared/build-failures.ts';
import { cmsDir } from '../../scripts/lib/paths.ts';

// Lines as the build and the publisher write them (site/src/lib/strapi/client.ts,
// publishing/src/releases.ts, scripts/publish-site.ts, the publisher's deploy hook and start-up).
const strapi500 =
  'Strapi at http://127.0.0.1:40123 answered 500 Internal Server Error for http://127.0.0.1:40123/api/workshops?locale=nl';
const unreachable =
  'Strapi at http://127.0.0.1:40123 is unreachable (ECONNREFUSED) for http://127.0.0.1:40123/api/themes';
const notUnderstood =
  'Strapi at http://127.0.0.1:1337 sent /api/workshops data the site does not understand: title: Required';
const noSettings =
  'Strapi at http://127.0.0.1:1337 has no published site settings in "fr": publish them in the admin (Site settings) first.';
const readOnly =
  'Could not write the new site to /srv/releases: the folder is not writable (read-only file system). Nothing was published: the live site was kept as it was. Ask the server’s administrator to make it writable, then rebuild.';
const hookRefused = 'Deploy hook hooks.example.org answered 403.';
const hookUnreachable =
  'Deploy hook https://hooks.example.org/build could not be reached: fetch failed';
const interrupted =
  'Interrupted: the CMS stopped during this build. Nothing was published: the live site was kept as it was.';

describe('a failed build, in kinds an editor can act on', () => {
  it.each([
    [strapi500, 'cmsUnreadable'],
    [unreachable, 'cmsUnreadable'],
    [notUnderstood, 'content'],
    [noSettings, 'content'],
    [readOnly, 'storage'],
    [`[build] generating pages\nError: ENOSPC: no space left on device, write`, 'storage'],
    [hookRefused, 'deployHook'],
    [hookUnreachable, 'deployHook'],
    [interrupted, 'interrupted'],
    ['The build was stopped with the CMS.', 'interrupted'],
    ['TypeError: Cannot read properties of undefined', 'unknown'],
    ['', 'unknown'],
  ] as const)('classifies %j as %s', (log, code) => {
    expect(classifyFailure(log)).toBe(code);
  });

  it('finds the line that says what went wrong among the build’s output', () => {
    const log = `[build] 12 page(s) built\n  ${strapi500}\n    at StrapiClient.get (client.ts:107)\nerror Command failed`;
    expect(failureLine(log)).toBe(strapi500);
    expect(failureLine(`12:00 [build] ok\n${readOnly}\nError: EROFS`)).toBe(readOnly);
    expect(failureLine('')).toBe('The build failed without a message.');
  });

  it('reads the kind of an old record from its stored reason', () => {
    expect(failureOf({ failureCode: null, reason: strapi500 })).toBe('cmsUnreadable');
    expect(failureOf({ failureCode: 'storage', reason: strapi500 })).toBe('storage');
  });

  it('has a sentence with what to do for every kind, in every language', () => {
    for (const language of ['nl', 'fr', 'en']) {
      const messages = JSON.parse(
        readFileSync(
          path.join(
            cmsDir,
            'src/plugins/site-publisher/admin/src/translations',
            `${language}.json`
          ),
          'utf8'
        )
      ) as Record<string, string>;
      for (const code of failureCodes)
        expect(messages[`failure.${code}`], `${language} ${code}`).toMatch(/\.$/);
    }
  });
});
