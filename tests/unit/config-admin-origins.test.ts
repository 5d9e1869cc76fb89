import { cmsAdminOrigins } from '@zorgzone/config';
import { describe, expect, it } from 'vitest';

describe('the origins that may frame the draft preview', () => {
  it('is the public address of a proxied CMS, whatever STRAPI_URL the server reads from', () => {
    expect(
      cmsAdminOrigins({ PUBLIC_CMS_URL: 'https://cms.example.org/', STRAPI_URL: 'http://cms:1337' })
    ).toEqual(['https://cms.example.org']);
  });

  it('is STRAPI_URL without a public address', () => {
    expect(cmsAdminOrigins({ STRAPI_URL: 'http://cms.internal:8080/api' })).toEqual([
      'http://cms.internal:8080',
    ]);
  });

  it('names a CMS on this machine both ways an editor may open it', () => {
    expect(cmsAdminOrigins({ STRAPI_URL: 'http://127.0.0.1:1400' })).toEqual([
      'http://localhost:1400',
      'http://127.0.0.1:1400',
    ]);
    expect(cmsAdminOrigins({})).toEqual(['http://localhost:1337', 'http://127.0.0.1:1337']);
  });
});
