import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signInToAdmin } from '../support/browser.ts';

let browser: Browser;
let page: Page;
/** What the CMS's Content-Security-Policy blocked while the editor worked. */
const blockedByPolicy: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'nl-BE' });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blockedByPolicy.push(message.text());
  });
  await signInToAdmin(page, inject('cmsUrl'));
});

afterAll(async () => {
  await browser?.close();
});

describe('the admin panel under the CMS’s Content-Security-Policy', () => {
  it('works without a single blocked script, style, frame or request', async () => {
    await page.goto(`${inject('cmsUrl')}/admin/content-manager`);
    await expect
      .poll(() => page.getByRole('link', { name: /Veranderatelier/ }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(blockedByPolicy.join('\n')).toBe('');
  });
});

describe('admin panel for editors', () => {
  it('lists workshops in Dutch with number, date and title columns, newest first', async () => {
    await page.goto(
      `${inject('cmsUrl')}/admin/content-manager/collection-types/api::workshop.workshop?plugins[i18n][locale]=nl`
    );
    await expect
      .poll(() => page.locator('thead').textContent(), { timeout: 30_000 })
      .toMatch(/Nummer.*Datum.*Titel/);
    // Drafts too, as the list shows them: other browser tests leave workshops never published.
    const newest = await fetch(
      `${inject('cmsUrl')}/content-manager/collection-types/api::workshop.workshop?page=1&pageSize=10&sort=date:DESC&locale=nl`,
      { headers: { authorization: `Bearer ${inject('adminJwt')}` } }
    );
    const expected = ((await newest.json()) as { results: { number: number }[] }).results.map(
      (workshop) => workshop.number
    );
    await expect
      .poll(async () =>
        // The list groups thousands as Dutch does: 1.250.
        (await page.locator('tbody tr td:nth-child(2)').allTextContents()).map((cell) =>
          Number(cell.replaceAll('.', ''))
        )
      )
      .toEqual(expected);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Veranderatelier' }).count())
      .toBe(1);
  });

  it('labels the edit form in the editor’s language, with the hint under the field', async () => {
    await page.goto(
      `${inject('cmsUrl')}/admin/content-manager/collection-types/api::workshop.workshop/create?plugins[i18n][locale]=fr`
    );
    await expect
      .poll(() => page.getByText('Eindtijd', { exact: true }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText(/Na de begintijd · Après l’heure de début/).count())
      .toBeGreaterThan(0);
  });
});

describe('public site page of the admin', () => {
  it('shows the build history in the editor’s language, with a Rebuild button for a super admin', async () => {
    await page.goto(`${inject('cmsUrl')}/admin/plugins/site-publisher`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Publieke site' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await expect
      .poll(() => page.locator('tbody tr').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('tbody').textContent()).toContain('Gepubliceerd');
    expect(await page.getByRole('button', { name: 'Nu opnieuw bouwen' }).count()).toBe(1);
  });
});

describe('draft preview from the admin', () => {
  it('opens a workshop’s draft from its "Open preview" button, as the site renders it', async () => {
    const title = `Conceptversie ${Date.now()}`;
    const token = inject('adminJwt');
    const created = await fetch(
      `${inject('cmsUrl')}/content-manager/collection-types/api::workshop.workshop?locale=nl`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ number: 150, title, slug: 'conceptversie', date: '2031-10-11' }),
      }
    );
    const { data } = (await created.json()) as { data: { documentId: string } };
    await page.goto(
      `${inject('cmsUrl')}/admin/content-manager/collection-types/api::workshop.workshop/${data.documentId}?plugins[i18n][locale]=nl`
    );
    await page.getByRole('link', { name: 'Voorbeeld openen' }).click();
    const frame = page.frameLocator('iframe');
    await expect
      .poll(
        async () =>
          (await frame
            .locator('h1')
            .first()
            .textContent({ timeout: 5000 })
            .catch(() => '')) ?? '',
        {
          timeout: 30_000,
        }
      )
      .toBe(title);
    expect(await frame.locator('.preview-banner').count()).toBe(1);
  });
});

describe('translations page of the admin', () => {
  it('lists the seeded documents per language, and a cell opens that document’s editor in that language', async () => {
    await page.goto(`${inject('cmsUrl')}/admin/plugins/translation-status`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Vertalingen' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    // The Dutch-only test workshop leaves French work open: the menu entry shows how much.
    await expect
      .poll(() => page.getByTestId('translation-count').textContent(), { timeout: 30_000 })
      .toMatch(/^[1-9]\d*$/);
    // Show every state, not only open work, so the seeded, fully translated documents appear.
    await page.getByRole('combobox', { name: 'Stand' }).click();
    await page.getByRole('option', { name: 'Alle', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: 'Sociaal isolement' });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    expect(await row.textContent()).toContain('Gepubliceerd');
    const frenchCell = row.locator('a[data-locale="fr"]');
    const documentId = await frenchCell.getAttribute('data-document');
    await frenchCell.click();
    await page.waitForURL(
      new RegExp(
        `/admin/content-manager/collection-types/api::theme\\.theme/${documentId}\\?plugins\\[i18n\\]\\[locale\\]=fr`
      )
    );
    await expect
      .poll(() => page.getByRole('textbox', { name: /Naam/ }).first().inputValue(), {
        timeout: 30_000,
      })
      .toBe('Isolement social');
  });
});
