import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { blocksPage } from '../support/fixtures.ts';
import { templates, searchCases } from '../support/site-templates.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
const requested: string[] = [];

async function open(
  path: string,
  { viewport = { width: 1280, height: 900 }, withAxe = false } = {}
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  // The pages' policy blocks an injected <script>; an init script is the browser's own, not the page's.
  if (withAxe) await page.addInitScript({ path: axePath });
  page.on('request', (request) => requested.push(request.url()));
  const response = await page.goto(`${inject('siteUrl')}${path}`);
  expect(response?.status(), path).toBeLessThan(path.includes('404') ? 500 : 400);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the site in a real browser', () => {
  it('has no WCAG 2.1 A or AA violation on any page template, in either language', async () => {
    const violations: string[] = [];
    for (const path of templates) {
      const page = await open(path, { withAxe: true });
      const result = await page.evaluate(() =>
        (
          window as unknown as {
            axe: {
              run(options: object): Promise<{
                passes: unknown[];
                violations: { id: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        })
      );
      expect(result.passes.length, `axe checked nothing on ${path}`).toBeGreaterThan(10);
      for (const violation of result.violations) {
        violations.push(
          `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
        );
      }
      await page.close();
    }
    expect(violations).toEqual([]);
  });

  it('offers the skip link first and switches language by keyboard to the same workshop', async () => {
    const page = await open('/nl/veranderateliers/veranderatelier-8/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Naar de inhoud'
    );
    for (let presses = 0; presses < 10; presses += 1) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))) === 'fr-BE')
        break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Français');
    await Promise.all([
      page.waitForURL('**/fr/ateliers-du-changement/atelier-du-changement-8/'),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-BE');
    await page.close();
  });

  for (const [path, query, expected] of searchCases) {
    it(`finds a seeded workshop by keyboard search at ${path}, and announces the result count`, async () => {
      const page = await open(path);
      await page.getByRole('searchbox').focus();
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      const result = page.locator(`.search__results a[href^="${expected}"]`);
      await result.first().waitFor({ timeout: 15_000 });
      expect(await page.getByRole('status').textContent()).toMatch(/\d/);
      await page.close();
    });
  }

  it('fits a 320 px wide phone screen without sideways scrolling', async () => {
    for (const path of ['/nl/veranderateliers/veranderatelier-9/', '/fr/', '/fr/recherche/']) {
      const page = await open(path, { viewport: { width: 320, height: 640 } });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        path
      ).toBeLessThanOrEqual(320);
      await page.close();
    }
  });

  it('sends a 375-pixel-wide phone a candidate of the 3000-pixel photo of at most 150 KB, in a modern format', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(`${inject('siteUrl')}/nl/${blocksPage.slugs.nl}/`);
    const photo = page.getByRole('img', { name: blocksPage.photoAlt.nl });
    await photo.scrollIntoViewIfNeeded();
    await page.waitForFunction((alt) => {
      const image = document.querySelector<HTMLImageElement>(`img[alt="${alt}"]`);
      return image?.complete === true && image.naturalWidth > 0;
    }, blocksPage.photoAlt.nl);
    const chosen = await photo.evaluate((image: HTMLImageElement) => {
      const [entry] = performance.getEntriesByName(image.currentSrc) as PerformanceResourceTiming[];
      return {
        url: image.currentSrc,
        bytes: entry?.encodedBodySize ?? 0,
        naturalWidth: image.naturalWidth,
        width: image.getAttribute('width'),
        height: image.getAttribute('height'),
      };
    });
    console.log(
      `375 px phone (DPR 2): ${chosen.url.split('/').at(-1)}, ${(chosen.bytes / 1024).toFixed(1)} KB`
    );
    expect(chosen.url).toMatch(/\.(avif|webp)$/);
    expect(chosen.bytes).toBeGreaterThan(0);
    expect(chosen.bytes).toBeLessThanOrEqual(150 * 1024);
    expect(chosen.naturalWidth).toBeLessThan(blocksPage.photo.width);
    expect(Number(chosen.width) / Number(chosen.height)).toBeCloseTo(1.5, 2);
    await context.close();
  });

  it('opens a question’s answer by keyboard, with no script on the page', async () => {
    const page = await open(`/fr/${blocksPage.slugs.fr}/`);
    expect(await page.locator('script').count()).toBe(0);
    const question = page.locator('summary').first();
    await question.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details').first().getAttribute('open')).not.toBeNull();
    await page.close();
  });

  it('sets no cookie on any page, as the privacy statement says', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of templates.slice(0, 12)) {
      const response = await page.goto(`${inject('siteUrl')}${path}`);
      expect(response?.headers()['set-cookie'], path).toBeUndefined();
    }
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('never makes a request outside the site’s own origin', () => {
    expect(requested.length).toBeGreaterThan(templates.length);
    const origin = new URL(inject('siteUrl')).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      []
    );
  });
});
