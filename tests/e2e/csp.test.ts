import { createServer } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports.ts';
import { launchBrowser } from '../support/browser.ts';
import { templates, searchCases } from '../support/site-templates.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The sources a policy allows for one directive. */
function sources(policy: string, directive: string): string[] {
  const entry = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return entry?.slice(1) ?? [];
}

/** A policy under which only hashed inline code runs, and only the site's own files load. */
function expectStrictPolicy(policy: string, where: string) {
  for (const directive of ['script-src', 'style-src']) {
    const allowed = sources(policy, directive);
    expect(allowed, `${directive} on ${where}`).toContain("'self'");
    expect(allowed.some((source) => source.startsWith("'sha256-"))).toBe(true);
    expect(allowed, `${directive} on ${where}`).not.toContain("'unsafe-inline'");
    expect(allowed, `${directive} on ${where}`).not.toContain("'unsafe-eval'");
  }
  expect(sources(policy, 'default-src'), where).toEqual(["'self'"]);
  expect(sources(policy, 'img-src'), where).toEqual(["'self'"]);
  expect(sources(policy, 'connect-src'), where).toEqual(["'self'"]);
  expect(sources(policy, 'object-src'), where).toEqual(["'none'"]);
  expect(sources(policy, 'base-uri'), where).toEqual(["'self'"]);
  expect(sources(policy, 'form-action'), where).toEqual(["'self'"]);
}

/** The headers of every response; only the framing rule differs between site and preview. */
function expectSecurityHeaders(headers: Headers, where: string, frameAncestors: string[]) {
  expect(sources(headers.get('content-security-policy') ?? '', 'frame-ancestors'), where).toEqual(
    frameAncestors
  );
  expect(headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(headers.get('referrer-policy'), where).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy'), where).toBe('camera=(), microphone=(), geolocation=()');
  expect(headers.get('cross-origin-opener-policy'), where).toBe('same-origin');
}

/**
 * A page that reports every policy violation, and every error on its console or thrown by its
 * scripts, into `problems`. Violations also land in `window.cspViolations` as the directive.
 */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(event.effectiveDirective);
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/** A preview link for a seeded workshop, as the admin's "Open preview" builds it. */
async function previewLink(): Promise<string> {
  const workshops = (await (
    await fetch(`${inject('cmsUrl')}/api/workshops?locale=nl&sort=number`)
  ).json()) as { data: { documentId: string }[] };
  const params = new URLSearchParams({
    secret: inject('cmsEnv').PREVIEW_SECRET!,
    kind: 'workshop',
    documentId: workshops.data[0]!.documentId,
    locale: 'nl',
    status: 'draft',
  });
  return `${inject('previewUrl')}/preview/?${params}`;
}

/** Where the test stack's admin is opened: the only origins that may frame the preview. */
function adminOrigins(): string[] {
  const { port } = new URL(inject('cmsUrl'));
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

describe('the content security policy of the site', () => {
  it('runs every page template in both languages under a strict policy, without one violation', async () => {
    const problems: string[] = [];
    for (const path of templates) {
      const watched = await watchedPage();
      const response = await watched.page.goto(`${inject('siteUrl')}${path}`);
      const policy =
        (await watched.page
          .locator('meta[http-equiv="content-security-policy"]')
          .getAttribute('content')) ?? '';
      expectStrictPolicy(policy, path);
      // WebAssembly for Pagefind is allowed where search runs, and nowhere else.
      expect(sources(policy, 'script-src').includes("'wasm-unsafe-eval'"), path).toBe(
        /\/(zoeken|recherche)\/$/.test(path)
      );
      expect(response?.headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
      problems.push(...watched.problems.map((problem) => `${path}: ${problem}`));
      await watched.page.close();
    }
    expect(problems).toEqual([]);
  });

  for (const [path, query, expected] of searchCases) {
    it(`still finds results at ${path} under the policy`, async () => {
      const { page, problems } = await watchedPage();
      await page.goto(`${inject('siteUrl')}${path}?q=${encodeURIComponent(query)}`);
      await page.locator(`.search__results a[href^="${expected}"]`).first().waitFor();
      expect(await page.getByRole('status').textContent()).toMatch(/\d/);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('still finds results when Pagefind’s worker cannot start and it searches in the page', async () => {
    const { page } = await watchedPage();
    await page.route('**/pagefind/nl/pagefind-worker.js', (route) => route.abort());
    await page.goto(`${inject('siteUrl')}/nl/zoeken/?q=voedselonzekerheid`);
    await page
      .locator('.search__results a[href^="/nl/veranderateliers/veranderatelier-9/"]')
      .first()
      .waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
    ).toEqual([]);
    await page.close();
  });

  it('blocks a script, a style and an event handler injected into a page', async () => {
    const { page } = await watchedPage();
    await page.goto(`${inject('siteUrl')}/nl/`);
    const display = await page.evaluate(() => getComputedStyle(document.body).display);
    expect(display).not.toBe('none');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      const style = document.createElement('style');
      style.textContent = 'body { display: none !important; }';
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.injectedHandlerRan = true;');
      document.head.append(script, style);
      document.body.append(button);
      button.click();
    });
    await page.waitForFunction(
      () => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 3
    );
    const outcome = await page.evaluate(() => ({
      violations: (window as unknown as { cspViolations: string[] }).cspViolations.toSorted(),
      scriptRan: 'injectedScriptRan' in window,
      handlerRan: 'injectedHandlerRan' in window,
      bodyDisplay: getComputedStyle(document.body).display,
    }));
    expect(outcome).toEqual({
      violations: ['script-src-attr', 'script-src-elem', 'style-src-elem'],
      scriptRan: false,
      handlerRan: false,
      bodyDisplay: display,
    });
    await page.close();
  });

  it('sends the security headers with every response of the served site', async () => {
    const site = inject('siteUrl');
    for (const path of [
      '/',
      '/nl/',
      '/nl',
      '/no-such-page/',
      '/pagefind/nl/pagefind.js',
      '/nl/rss.xml',
    ]) {
      const response = await fetch(`${site}${path}`, { redirect: 'manual' });
      expectSecurityHeaders(response.headers, path, ["'none'"]);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('sends them from the preview server too, which only the CMS admin may frame', async () => {
    const link = await previewLink();
    const preview = await fetch(link);
    expect(preview.status).toBe(200);
    const policy = preview.headers.get('content-security-policy') ?? '';
    expectStrictPolicy(policy, 'the preview');
    expectSecurityHeaders(preview.headers, 'the preview', adminOrigins());
    const unauthorised = await fetch(`${inject('previewUrl')}/preview/`);
    expect(unauthorised.status).toBe(401);
    const staticPage = await fetch(`${inject('previewUrl')}/nl/`);
    expect(staticPage.status).toBe(200);
    for (const [where, response] of [
      ['the preview', preview],
      ['a refused preview', unauthorised],
      ['a static page of the preview server', staticPage],
    ] as const) {
      expectSecurityHeaders(response.headers, where, adminOrigins());
      expect(response.headers.get('x-frame-options'), where).toBeNull();
    }

    const { page, problems } = await watchedPage();
    await page.goto(link);
    expect(await page.locator('.preview-banner').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('cannot be framed by another site: neither the site nor the preview', async () => {
    // A real server on this machine: Chromium refuses to frame loopback addresses into a page
    // faked from elsewhere before any policy is read. Framing by the admin: admin.test.ts.
    const framer = createServer((request, response) => {
      const src = new URL(request.url!, 'http://framer').searchParams.get('src');
      response.writeHead(200, { 'content-type': 'text/html' });
      const attribute = src?.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
      response.end(src ? `<iframe src="${attribute}"></iframe>` : '<p>framed</p>');
    });
    const port = await freePort();
    await new Promise<void>((resolve) => framer.listen(port, '127.0.0.1', resolve));
    const framerUrl = `http://127.0.0.1:${port}`;
    const shownInFrame = async (src: string) => {
      const page = await browser.newPage();
      await page.goto(`${framerUrl}/?src=${encodeURIComponent(src)}`);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      const shown = frame?.url().startsWith(new URL(src).origin) ?? false;
      await page.close();
      return shown;
    };
    try {
      expect(await shownInFrame(`${framerUrl}/framed`)).toBe(true);
      expect(await shownInFrame(`${inject('siteUrl')}/nl/`)).toBe(false);
      expect(await shownInFrame(await previewLink())).toBe(false);
    } finally {
      await new Promise((resolve) => framer.close(resolve));
    }
  });
});
