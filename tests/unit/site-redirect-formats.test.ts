import { describe, expect, it } from 'vitest';
import {
  apacheRedirects,
  caddyRedirects,
  netlifyRedirects,
  nginxRedirects,
  parseRedirectsFile,
  redirectMatchKey,
  validateRedirects,
  type SiteRedirect,
} from '../../site/src/lib/redirects/host-formats.ts';

const workshop: SiteRedirect = {
  from: '/events/veranderatelier-9/',
  to: '/nl/veranderateliers/veranderatelier-9/',
  status: 301,
};
const temporary: SiteRedirect = { from: '/agenda', to: '/nl/?van=agenda#kalender', status: 302 };
const pdf: SiteRedirect = {
  from: '/docs/verslag+bijlagen.v2.pdf',
  to: '/media/verslag-9.pdf',
  status: 301,
};
const external: SiteRedirect = {
  from: '/brusano',
  to: 'https://www.brusano.brussels/nl/?a=1&b=2',
  status: 301,
};

/** Entries that break the contract, each in its own way; none may reach any format. */
const invalid = [
  { from: '/oud-1', to: '//evil.example/', status: 301 },
  { from: '/oud-2', to: 'https://evil.example/$host', status: 301 },
  { from: '/oud 3', to: '/nl/', status: 301 },
  { from: '/oud-4', to: '/nl/ x', status: 301 },
  { from: '/oud-5?id=5', to: '/nl/', status: 301 },
] as unknown as SiteRedirect[];

const formats = {
  _redirects: netlifyRedirects,
  '.htaccess': apacheRedirects,
  nginx: nginxRedirects,
  caddy: caddyRedirects,
};

describe('_redirects (Netlify, Cloudflare Pages)', () => {
  it('writes a 301 as "/from /to 301" for the from as given and without its slash', () => {
    expect(netlifyRedirects([workshop])).toBe(
      '/events/veranderatelier-9/ /nl/veranderateliers/veranderatelier-9/ 301\n' +
        '/events/veranderatelier-9 /nl/veranderateliers/veranderatelier-9/ 301\n'
    );
  });

  it('writes a 302 for the from as given and with a slash added', () => {
    expect(netlifyRedirects([temporary])).toBe(
      '/agenda /nl/?van=agenda#kalender 302\n/agenda/ /nl/?van=agenda#kalender 302\n'
    );
  });

  it('writes a .pdf path as it is', () => {
    expect(netlifyRedirects([pdf])).toContain(
      '/docs/verslag+bijlagen.v2.pdf /media/verslag-9.pdf 301\n'
    );
  });

  it('writes an external target as it is', () => {
    expect(netlifyRedirects([external])).toContain(
      '/brusano https://www.brusano.brussels/nl/?a=1&b=2 301\n'
    );
  });
});

describe('.htaccess (Apache mod_alias)', () => {
  it('writes a 301 as a RedirectMatch anchored on both ends with an optional slash', () => {
    expect(apacheRedirects([workshop])).toBe(
      'RedirectMatch 301 ^/events/veranderatelier-9/?$ /nl/veranderateliers/veranderatelier-9/\n'
    );
  });

  it('writes a 302 as a RedirectMatch 302', () => {
    expect(apacheRedirects([temporary])).toBe(
      'RedirectMatch 302 ^/agenda/?$ /nl/?van=agenda#kalender\n'
    );
  });

  it('escapes the regular-expression characters . and + of a .pdf path', () => {
    expect(apacheRedirects([pdf])).toBe(
      'RedirectMatch 301 ^/docs/verslag\\+bijlagen\\.v2\\.pdf/?$ /media/verslag-9.pdf\n'
    );
  });

  it('writes an external target as it is', () => {
    expect(apacheRedirects([external])).toBe(
      'RedirectMatch 301 ^/brusano/?$ https://www.brusano.brussels/nl/?a=1&b=2\n'
    );
  });

  it('matches the decoded path, quoted when it decodes to a space', () => {
    expect(apacheRedirects([{ from: '/Verslag%20atelier.pdf', to: '/nl/', status: 301 }])).toBe(
      'RedirectMatch 301 "^/Verslag atelier\\.pdf/?$" /nl/\n'
    );
  });
});

describe('nginx include', () => {
  it('writes a 301 as an exact location for each slash variant', () => {
    expect(nginxRedirects([workshop])).toBe(
      'location = "/events/veranderatelier-9" { absolute_redirect off; return 301 "/nl/veranderateliers/veranderatelier-9/"; }\n' +
        'location = "/events/veranderatelier-9/" { absolute_redirect off; return 301 "/nl/veranderateliers/veranderatelier-9/"; }\n'
    );
  });

  it('writes a 302 for each slash variant', () => {
    expect(nginxRedirects([temporary])).toBe(
      'location = "/agenda" { absolute_redirect off; return 302 "/nl/?van=agenda#kalender"; }\n' +
        'location = "/agenda/" { absolute_redirect off; return 302 "/nl/?van=agenda#kalender"; }\n'
    );
  });

  it('writes a .pdf path literally, since an exact location is no regular expression', () => {
    expect(nginxRedirects([pdf])).toContain(
      'location = "/docs/verslag+bijlagen.v2.pdf" { absolute_redirect off; return 301 "/media/verslag-9.pdf"; }\n'
    );
  });

  it('writes an external target as it is', () => {
    expect(nginxRedirects([external])).toContain(
      'location = "/brusano" { absolute_redirect off; return 301 "https://www.brusano.brussels/nl/?a=1&b=2"; }\n'
    );
  });

  it('matches the decoded path, which is what nginx compares', () => {
    expect(nginxRedirects([{ from: '/caf%C3%A9', to: '/nl/', status: 301 }])).toContain(
      'location = "/café" {'
    );
  });
});

describe('Caddy include', () => {
  it('writes a 301 as a case-sensitive path_regexp matcher with an optional slash and a redir', () => {
    expect(caddyRedirects([workshop])).toBe(
      '@site_redirect_0 path_regexp "^/events/veranderatelier-9/?$"\n' +
        'redir @site_redirect_0 "/nl/veranderateliers/veranderatelier-9/" 301\n'
    );
  });

  it('writes a 302 as a redir with status 302', () => {
    expect(caddyRedirects([temporary])).toBe(
      '@site_redirect_0 path_regexp "^/agenda/?$"\n' +
        'redir @site_redirect_0 "/nl/?van=agenda#kalender" 302\n'
    );
  });

  it('escapes the regular-expression characters . and + of a .pdf path', () => {
    expect(caddyRedirects([pdf])).toContain(
      '@site_redirect_0 path_regexp "^/docs/verslag\\+bijlagen\\.v2\\.pdf/?$"\n'
    );
  });

  it('writes an external target as it is', () => {
    expect(caddyRedirects([external])).toContain(
      'redir @site_redirect_0 "https://www.brusano.brussels/nl/?a=1&b=2" 301\n'
    );
  });

  it('gives every redirect a matcher of its own', () => {
    expect(caddyRedirects([workshop, temporary])).toContain('redir @site_redirect_1 "/nl/?van=');
  });
});

describe('invalid entries', () => {
  for (const [name, format] of Object.entries(formats)) {
    it(`are never written to ${name}, and the valid ones still are`, () => {
      const output = format([...invalid, workshop]);
      expect(output).toContain('veranderatelier-9');
      expect(output).not.toMatch(/oud|evil/);
    });
  }

  it('skip a protocol-relative to', () => {
    expect(validateRedirects([invalid[0]]).skipped[0]?.reason).toMatch(/protocol-relative/);
  });

  it('skip a $ in an external URL', () => {
    expect(validateRedirects([invalid[1]]).redirects).toEqual([]);
  });

  it('skip a space in a from or a to', () => {
    expect(validateRedirects([invalid[2], invalid[3]]).skipped).toHaveLength(2);
  });

  it('skip a from with a query', () => {
    expect(validateRedirects([invalid[4]]).skipped[0]?.reason).toMatch(/query/);
  });

  it('skip a backslash after the slash of a to', () => {
    expect(
      validateRedirects([{ from: '/oud', to: '/\\evil.example', status: 301 }]).redirects
    ).toEqual([]);
  });

  it('skip a from that encodes a quote, a brace or a dollar sign', () => {
    const entries = ['%22', '%7B', '%24'].map((code) => ({
      from: `/oud${code}`,
      to: '/nl/',
      status: 301,
    }));
    expect(validateRedirects(entries).redirects).toEqual([]);
  });

  it('skip a from with an empty or dot segment, which servers normalize away', () => {
    const entries = ['/a//b', '/a/./b', '/a/%2E%2E/b'].map((from) => ({
      from,
      to: '/nl/',
      status: 301,
    }));
    expect(validateRedirects(entries).redirects).toEqual([]);
  });

  it('skip a status other than 301 and 302', () => {
    expect(validateRedirects([{ ...workshop, status: 308 }]).redirects).toEqual([]);
  });

  it('skip a later from that matches the same requests as an earlier one', () => {
    const { redirects, skipped } = validateRedirects([
      workshop,
      { ...workshop, from: '/events/veranderatelier-9', to: '/fr/' },
    ]);
    expect([redirects, skipped[0]?.reason]).toEqual([[workshop], expect.stringMatching(/entry 0/)]);
  });

  it('skip a from whose other slash variant is a page of the site', () => {
    const isPage = (sitePath: string) => sitePath === '/nl/veranderateliers/';
    const list = validateRedirects([{ from: '/nl/veranderateliers', to: '/fr/', status: 301 }], {
      isPage,
    });
    expect(list.skipped[0]?.reason).toMatch(/is a page/);
  });
});

describe('redirects.json', () => {
  it('gives the valid entries and counts the skipped ones', () => {
    const list = parseRedirectsFile(
      JSON.stringify({ format: 1, redirects: [workshop, ...invalid] })
    );
    expect([list.redirects.length, list.skipped.length]).toEqual([1, invalid.length]);
  });

  it('is refused, naming the way out, when it is not format 1', () => {
    expect(() => parseRedirectsFile('{"redirects": []}')).toThrow(/format": 1.*rebuild/);
  });

  it('is refused when it is not JSON', () => {
    expect(() => parseRedirectsFile('<html>')).toThrow(/not valid JSON/);
  });
});

describe('redirectMatchKey', () => {
  it('gives a path with and without its trailing slash the same key', () => {
    expect(redirectMatchKey('/events/a/')).toBe(redirectMatchKey('/events/a'));
  });

  it('decodes, merges repeated slashes and resolves dot segments, as nginx and Caddy do', () => {
    expect(redirectMatchKey('//caf%C3%A9//./x/../y/')).toBe('/café/y');
  });
});
