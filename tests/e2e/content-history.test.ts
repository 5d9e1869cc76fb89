import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createAdminUser } from '../support/api.ts';
import { launchBrowser, signInToAdmin } from '../support/browser.ts';

const THEME = 'api::theme.theme';
const OLD_TEXT = 'Wie alleen woont, vindt moeilijk de weg naar hulp.';
const NEW_TEXT = 'Een tekst die iemand eroverheen plakte.';

let browser: Browser;
let page: Page;

async function cm(path: string, method: string, body?: unknown, token = inject('adminJwt')) {
  const response = await fetch(`${inject('cmsUrl')}/content-manager${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as { data: { documentId: string } };
}

async function createTheme(name: string, shortDescription: string) {
  const { data } = await cm(`/collection-types/${THEME}?locale=nl`, 'POST', {
    name,
    slug: name.toLowerCase().replace(/\W+/g, '-'),
    shortDescription,
  });
  return data.documentId;
}

const editView = (documentId: string) =>
  `${inject('cmsUrl')}/admin/content-manager/collection-types/${THEME}/${documentId}?plugins[i18n][locale]=nl`;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  await signInToAdmin(page, inject('cmsUrl'));
});

afterAll(async () => {
  await browser?.close();
});

describe('Versions in the edit view', () => {
  it('compares a version with the draft, restores it, and shows the restored draft', async () => {
    const documentId = await createTheme('Versies in de browser', OLD_TEXT);
    await cm(`/collection-types/${THEME}/${documentId}?locale=nl`, 'PUT', {
      shortDescription: NEW_TEXT,
    });
    await page.goto(editView(documentId));
    const versions = page.getByRole('list', { name: 'Versies' });
    await versions.getByRole('button', { name: /Aangemaakt door Admin/ }).click();

    const dialog = page.getByRole('dialog');
    await expect
      .poll(async () => (await dialog.locator('del').allTextContents()).join(' '))
      .toContain('alleen in deze versie: Wie alleen woont, vindt moeilijk de weg naar hulp');
    expect((await dialog.locator('ins').allTextContents()).join(' ')).toContain('iemand');
    await dialog.getByRole('button', { name: 'Terugzetten als concept' }).click();
    await dialog.getByRole('button', { name: 'Ja, terugzetten als concept' }).click();
    await expect.poll(() => dialog.getByText('Teruggezet als concept').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Het teruggezette concept tonen' }).click();

    await expect
      .poll(() => page.getByLabel('Korte beschrijving').inputValue(), { timeout: 30_000 })
      .toBe(OLD_TEXT);
    await expect
      .poll(() => versions.getByRole('button').first().textContent())
      .toMatch(/Opgeslagen, vanuit een eerdere versie door Admin/);
  });
});

describe('A colleague’s save in between', () => {
  it('refuses the save, names the colleague, and keeps the editor’s text in the form', async () => {
    const documentId = await createTheme('Samen in de browser', OLD_TEXT);
    await page.goto(editView(documentId));
    const field = page.getByLabel('Korte beschrijving');
    await expect.poll(() => field.inputValue(), { timeout: 30_000 }).toBe(OLD_TEXT);
    // The panel has told the CMS which version this form holds.
    await expect.poll(() => page.getByText('Aangemaakt door Admin').count()).toBe(1);
    await page.waitForTimeout(1_000);

    const colleague = await createAdminUser('Super Admin', {
      firstname: 'Nadia',
      lastname: 'Claes',
    });
    await cm(
      `/collection-types/${THEME}/${documentId}?locale=nl`,
      'PUT',
      { shortDescription: 'Nadia’s tekst.' },
      colleague
    );

    const mine = 'Mijn eigen tekst, die niet verloren mag gaan.';
    await field.fill(mine);
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expect
      .poll(() => page.getByText(/Niet opgeslagen: Nadia Claes heeft deze pagina/).count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText('Intussen door iemand anders opgeslagen').count(), {
        timeout: 20_000,
      })
      .toBe(1);
    // The admin reloads the stored version into the form after a refused save; the panel kept
    // what the editor typed and puts it back.
    const putBack = page.getByRole('button', { name: 'Mijn tekst terugzetten in het formulier' });
    if ((await field.inputValue()) !== mine) await putBack.click();
    await expect.poll(() => field.inputValue()).toBe(mine);

    // Saving again is refused again: the admin fetching Nadia's version behind the form changes nothing.
    const refusals = await page.getByText(/Niet opgeslagen: Nadia Claes/).count();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expect
      .poll(() => page.getByText(/Niet opgeslagen: Nadia Claes/).count())
      .toBeGreaterThan(refusals);

    await page.getByRole('button', { name: 'Vergelijken met hun versie' }).click();
    const dialog = page.getByRole('dialog');
    // Against the version before Nadia's: what she changed, to bring into one's own text.
    await expect
      .poll(async () => (await dialog.locator('ins').allTextContents()).join(''))
      .toContain('Nadia’s');
    await dialog.getByRole('button', { name: 'Gezien: mijn versie mag erover' }).click();
    await expect.poll(() => field.inputValue()).toBe(mine);
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expect
      .poll(async () => {
        const draft = await fetch(
          `${inject('cmsUrl')}/content-manager/collection-types/${THEME}/${documentId}?locale=nl`,
          { headers: { authorization: `Bearer ${inject('adminJwt')}` } }
        );
        return ((await draft.json()) as { data: { shortDescription: string } }).data
          .shortDescription;
      })
      .toBe(mine);
  });
});

describe('Scheduling in the edit view', () => {
  it('plans a publication in Brussels time and lists it, with a way to cancel', async () => {
    const documentId = await createTheme('Gepland in de browser', OLD_TEXT);
    await page.goto(editView(documentId));
    await page.getByLabel('Datum').fill('2031-05-06');
    await page.getByLabel('Tijdstip').fill('09:00');
    await page.getByRole('button', { name: 'Plannen' }).click();
    await expect
      .poll(() => page.getByText(/6 mei 2031 om 09:00 \(Belgische tijd\)/).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    const jobs = await fetch(
      `${inject('cmsUrl')}/scheduled-publishing/jobs?uid=${THEME}&documentId=${documentId}&locale=nl`,
      { headers: { authorization: `Bearer ${inject('adminJwt')}` } }
    );
    const { data } = (await jobs.json()) as { data: { pending: { runAt: string }[] } };
    expect(data.pending.map((job) => job.runAt)).toEqual(['2031-05-06T07:00:00.000Z']);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => page.getByText('Niets gepland voor deze taal.').count()).toBe(1);
  });
});
