import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loginAsAdmin, publishWorkshopTitle, request } from '../support/api.ts';
import { launchBrowser, signInToAdmin } from '../support/browser.ts';
import { waitForPublisher } from '../support/stack-setup.ts';

const viewport = { width: 1280, height: 900 };

let browser: Browser;
let page: Page;
let documentId: string;
const title = `Zichtbaar gewijzigd ${Date.now()}`;

/** A failed build (the CMS answers the build 500), then a published workshop: the history's top rows. */
async function failThenPublish() {
  const token = await loginAsAdmin();
  await waitForPublisher(inject('cmsUrl'), token);
  await fetch(`${inject('buildProxyUrl')}/__test/fail`, { method: 'POST' });
  try {
    expect((await request('/site-publisher/rebuild', { method: 'POST', token })).status).toBe(200);
    await waitForPublisher(inject('cmsUrl'), token);
  } finally {
    await fetch(`${inject('buildProxyUrl')}/__test/recover`, { method: 'POST' });
  }
  const found = await request<{ data: { documentId: string }[] }>(
    '/api/workshops?filters[number][$eq]=52'
  );
  documentId = found.body.data[0]!.documentId;
  await publishWorkshopTitle(documentId, title);
  await waitForPublisher(inject('cmsUrl'), token);
}

/** Whether an element lies wholly inside the window, as the editor sees it without scrolling sideways. */
async function inViewport(selector: ReturnType<Page['locator']>) {
  const box = await selector.boundingBox();
  expect(box, 'the element is not rendered').not.toBeNull();
  return box!.x >= 0 && box!.x + box!.width <= viewport.width;
}

beforeAll(async () => {
  await failThenPublish();
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'nl-BE', viewport });
  await signInToAdmin(page, inject('cmsUrl'));
  await page.goto(`${inject('cmsUrl')}/admin/plugins/site-publisher`);
  await page.getByRole('heading', { level: 1, name: 'Publieke site' }).waitFor({ timeout: 30_000 });
  // The failed build and the publish after it.
  await page.locator('tbody tr').nth(1).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('the Public site page at 1280 × 900, in Dutch', () => {
  it('shows every column and the first row’s result without scrolling sideways', async () => {
    const headers = page.locator('thead th');
    expect(await headers.allTextContents()).toEqual([
      'Begonnen',
      'Waarom',
      'Door',
      'Bouw',
      'Resultaat',
    ]);
    for (const header of await headers.all()) expect(await inViewport(header)).toBe(true);
    const badge = page.locator('tbody tr').first().locator('td').last().getByText('Gepubliceerd');
    expect(await inViewport(badge)).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    ).toBe(true);
    const table = page.locator('table');
    expect(
      await table.evaluate((element) => {
        const scroller = element.parentElement!;
        return scroller.scrollWidth <= scroller.clientWidth;
      })
    ).toBe(true);
  });

  it('says why in words: the workshop’s title, that it was published, in which language and by whom', async () => {
    const first = page.locator('tbody tr').first();
    expect(await first.locator('td').nth(1).textContent()).toContain(
      `Veranderatelier “${title}” gepubliceerd (nl) door Admin`
    );
    expect(await first.locator('td').nth(2).textContent()).toBe('Admin');
    const link = first.getByRole('link', { name: `${title} (nl)` });
    expect(await link.getAttribute('href')).toMatch(
      /\/nl\/veranderateliers\/veranderatelier-52\/$/
    );
  });

  it('explains a failed build in plain words, with the technical line behind a disclosure', async () => {
    const failed = page.locator('tbody tr').filter({ hasText: 'Mislukt' }).first();
    const text = (await failed.textContent()) ?? '';
    expect(text).toContain('De bouw kon de inhoud niet uit het beheer lezen');
    expect(text).toContain('Nu opnieuw bouwen');
    expect(text).toContain('De vorige versie van de site blijft online.');
    expect(text).toContain('“Nu opnieuw bouwen” gevraagd door Admin');
    const details = failed.getByText(/^Strapi at .* answered 500/);
    expect(await details.isVisible()).toBe(false);
    await failed.getByText('Technische details', { exact: true }).click();
    expect(await details.isVisible()).toBe(true);
    expect(await inViewport(details)).toBe(true);
  });

  it('shows no Strapi identifier anywhere', async () => {
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/api::|plugin::/);
    expect(text).not.toContain(documentId);
    expect(text).not.toContain('@example.test');
  });
});
