import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsDir } from '../../scripts/lib/paths.ts';
import { siteDir } from '../../publishing/src/paths.ts';

describe('the zone’s mark', () => {
  it('is the same drawing in the admin as on the site', () => {
    expect(
      readFileSync(path.join(cmsDir, 'src', 'admin', 'extensions', 'zone-mark.svg'), 'utf8')
    ).toBe(readFileSync(path.join(siteDir, 'public', 'favicon.svg'), 'utf8'));
  });

  it('gives the CMS a PNG favicon, as Strapi serves /favicon.ico from cms/favicon.png', () => {
    const png = readFileSync(path.join(cmsDir, 'favicon.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The IHDR chunk: width and height, big-endian, right after the signature and chunk header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
  });
});
