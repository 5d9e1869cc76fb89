import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentPath, listSegments } from '@zorgzone/config';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brusselsWallTime } from '../../cms/src/plugins/scheduled-publishing/shared/brussels-time.ts';
import {
  createAdminAccount,
  request,
  setAdminLanguage,
  type AdminAccount,
} from '../support/api.ts';
import { launchBrowser, signInWithLoginForm } from '../support/browser.ts';

/*
 * An editor's whole day in one story, as docs/redactie.md and docs/redaction.md tell it: each
 * step leaves its screenshots in docs/images/editor-journey/, so the guides' pictures are
 * taken again, from the real admin, every time the suite runs.
 */

const WORKSHOP = 'api::workshop.workshop';
const SCREENSHOTS = fileURLToPath(new URL('../../docs/images/editor-journey/', import.meta.url));
const VIEWPORT = { width: 1280, height: 900 };
const DAY_MS = 24 * 60 * 60 * 1000;

const NUMBER = 10;
const DUTCH = {
  title: 'Veranderatelier over wonen',
  slug: 'veranderatelier-over-wonen',
  summary:
    'Hoe vinden mensen met een klein inkomen een betaalbare woning in het zuiden van Brussel?',
  changedSummary:
    'Hoe vinden mensen met een klein inkomen een betaalbare en gezonde woning in het zuiden van Brussel?',
  roundTable: 'Betaalbaar wonen',
  roundTableText: 'Wie huurt met een klein inkomen, zoekt vaak maanden naar een woning.',
  theme: 'Sociaal isolement',
};
const FRENCH = {
  title: 'Atelier du changement sur le logement',
  slug: 'atelier-du-changement-sur-le-logement',
  theme: 'Isolement social',
};
const DUTCH_PATH = documentPath('nl', 'workshop', DUTCH.slug);
const FRENCH_PATH = documentPath('fr', 'workshop', FRENCH.slug);

const CONTEXT = { viewport: VIEWPORT, timezoneId: 'Europe/Brussels' } as const;
const LOCALES = { nl: 'nl-BE', fr: 'fr-BE' } as const;
/** The main menu's Translations entry: present once the admin shows that language. */
const TRANSLATIONS_MENU = { nl: 'Vertalingen', fr: 'Traductions' } as const;

let browser: Browser;
let editor: AdminAccount;
let translator: AdminAccount;
let editorPage: Page;
let translatorPage: Page;
let documentId = '';

const cmsUrl = () => inject('cmsUrl');
const editView = (locale: 'nl' | 'fr') =>
  `${cmsUrl()}/admin/content-manager/collection-types/${WORKSHOP}/${documentId}?plugins[i18n][locale]=${locale}`;

/** Waits, within the time given, for the first element the locator finds to be visible. */
async function shown(locator: Locator, timeout = 30_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator.first();
}

/** One picture for the guides: the browser's window (1280×900), not the whole page. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, animations: 'disabled' });
}

/** Each person's second window, signed in to the admin in their other language. */
const otherWindows = new Map<AdminAccount, Page>();

/**
 * The screen `page` shows, in its user's other admin language, for the other guide: their
 * language switched through their profile (PUT /admin/users/me), the same address loaded in
 * their second window for `capture` to shoot, then switched back. The first window is not reloaded, so what
 * it is in the middle of (an open dialog, a filter) stays as it is. The second window's sign-in
 * form is shot as `loginScreenshot`.
 */
async function inOtherLanguage(
  page: Page,
  account: AdminAccount,
  language: 'nl' | 'fr',
  capture: (other: Page) => Promise<void>,
  loginScreenshot?: string
): Promise<void> {
  await setAdminLanguage(account.token, language);
  try {
    let other = otherWindows.get(account);
    if (!other) {
      other = await (await browser.newContext({ ...CONTEXT, locale: LOCALES[language] })).newPage();
      const window = other;
      await signInWithLoginForm(other, cmsUrl(), account, language, {
        beforeSubmit: loginScreenshot ? () => screenshot(window, loginScreenshot) : undefined,
      });
      otherWindows.set(account, other);
    }
    await other.goto(page.url());
    await shown(other.getByRole('link', { name: TRANSLATIONS_MENU[language], exact: true }));
    await capture(other);
  } finally {
    await setAdminLanguage(account.token, language === 'fr' ? 'nl' : 'fr');
  }
}

/** A language of the workshop as the content manager's API gives it to the editor. */
async function workshopIn(locale: 'nl' | 'fr') {
  const response = await request<{
    data: { title: string; summary: string; status: string; slug: string; date: string };
  }>(`/content-manager/collection-types/${WORKSHOP}/${documentId}?locale=${locale}`, {
    token: editor.token,
  });
  expect(response.status, response.text).toBe(200);
  return response.body.data;
}

/** A page of the served site, or its status when there is none. */
async function sitePage(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${inject('siteUrl')}${path}`);
  return { status: response.status, html: await response.text() };
}

/** Waits until the site-publisher has nothing queued or building, and returns its last build. */
async function lastBuild(): Promise<{ status: string; reason: string | null } | undefined> {
  let builds: { status: string; reason: string | null }[] = [];
  await expect
    .poll(
      async () => {
        const response = await request<{
          data: { state: string; builds: { status: string; reason: string | null }[] };
        }>('/site-publisher/status', { token: editor.token });
        builds = response.body.data.builds;
        return response.body.data.state === 'idle' && builds[0]?.status !== 'building';
      },
      { timeout: 90_000, interval: 500 }
    )
    .toBe(true);
  return builds[0];
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  editor = await createAdminAccount(
    'Redacteur · Rédacteur · Editor',
    { firstname: 'Sophie', lastname: 'Peeters' },
    'nl'
  );
  translator = await createAdminAccount(
    'Translator FR',
    { firstname: 'Karim', lastname: 'Benali' },
    'fr'
  );
  editorPage = await (await browser.newContext({ ...CONTEXT, locale: LOCALES.nl })).newPage();
  translatorPage = await (await browser.newContext({ ...CONTEXT, locale: LOCALES.fr })).newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('an editor’s day: a workshop from draft to online, in both languages', () => {
  it('1. the editor signs in to the Dutch admin, creates a workshop with a round table and a theme, previews it and publishes it', async () => {
    const page = editorPage;
    await signInWithLoginForm(page, cmsUrl(), editor, 'nl', {
      beforeSubmit: () => screenshot(page, '1-inloggen'),
    });
    await (await shown(page.getByRole('link', { name: 'Content Manager' }))).click();
    await (await shown(page.getByRole('link', { name: 'Veranderatelier', exact: true }))).click();
    await (await shown(page.getByRole('link', { name: 'Nieuwe invoer' }))).click();

    await (await shown(page.getByRole('textbox', { name: 'Nummer' }))).fill(String(NUMBER));
    // Two months ahead: the site shows it as a workshop to come ("save the date").
    const date = brusselsWallTime(new Date(Date.now() + 60 * DAY_MS)).date;
    const [year, month, day] = date.split('-');
    // Typed as a Dutch editor reads it; Enter would submit the form.
    await page.getByRole('combobox', { name: 'Datum' }).fill(`${day}-${month}-${year}`);
    await page.getByRole('textbox', { name: 'Titel', exact: true }).fill(DUTCH.title);
    await page.getByRole('button', { name: 'Regenereer' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Webadres' }).inputValue())
      .toBe(DUTCH.slug);
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill(DUTCH.summary);
    await screenshot(page, '1-nieuw-veranderatelier');

    // The round tables' "no items yet" button adds the first one: the field holding both.
    await page
      .locator('div')
      .filter({ has: page.getByText(/^Rondetafels\s\(0\)$/) })
      .filter({ has: page.getByRole('button', { name: /^Nog geen items/ }) })
      .last()
      .getByRole('button', { name: /^Nog geen items/ })
      .click();
    const roundTable = page
      .getByRole('region')
      .filter({ has: page.getByRole('textbox', { name: 'Titel', exact: true }) });
    await roundTable.getByRole('textbox', { name: 'Titel', exact: true }).fill(DUTCH.roundTable);
    await roundTable.getByRole('textbox').last().fill(DUTCH.roundTableText);
    // The workshop's own themes: the field after the round tables.
    const themes = page.getByRole('combobox', { name: 'Thema’s' }).last();
    await themes.click();
    await (await shown(page.getByRole('option', { name: new RegExp(DUTCH.theme) }))).click();
    await screenshot(page, '1-rondetafel');
    await themes.evaluate((field) => field.scrollIntoView({ block: 'center' }));
    await screenshot(page, '1-thema');

    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await page.waitForURL(new RegExp(`${WORKSHOP.replace(/\./g, '\\.')}/[a-z0-9]{20,}`));
    documentId = /\/([a-z0-9]{20,})\?/.exec(page.url())![1]!;
    const saved = await workshopIn('nl');
    expect(saved).toMatchObject({ title: DUTCH.title, slug: DUTCH.slug, date, status: 'draft' });

    const preview = await shown(page.getByRole('link', { name: 'Voorbeeld openen' }));
    await expect.poll(() => preview.getAttribute('aria-disabled')).not.toBe('true');
    await screenshot(page, '1-bewaard');
    await inOtherLanguage(
      page,
      editor,
      'fr',
      async (french) => {
        await shown(french.getByRole('button', { name: 'Publier', exact: true }));
        await screenshot(french, '1-enregistre');
        await french
          .getByRole('combobox', { name: 'Thèmes' })
          .last()
          .evaluate((field) => field.scrollIntoView({ block: 'center' }));
        await screenshot(french, '1-theme');
      },
      '1-connexion'
    );
    await (await shown(page.getByRole('link', { name: 'Voorbeeld openen' }))).click();
    await expect
      .poll(
        () =>
          page
            .frameLocator('iframe')
            .locator('h1')
            .first()
            .textContent({ timeout: 5_000 })
            .catch(() => ''),
        { timeout: 30_000 }
      )
      .toBe(DUTCH.title);
    await screenshot(page, '1-voorbeeld');
    await inOtherLanguage(page, editor, 'fr', async (french) => {
      await shown(french.getByRole('button', { name: 'Enregistrer', exact: true }));
      await screenshot(french, '1-apercu');
    });

    await page.getByRole('link', { name: 'Voorbeeld sluiten' }).click();
    await (await shown(page.getByRole('button', { name: 'Publiceer', exact: true }))).click();
    await shown(page.getByRole('status').filter({ hasText: 'Gepubliceerd' }));
    await expect
      .poll(async () => (await workshopIn('nl')).status, { timeout: 10_000 })
      .toBe('published');
    await screenshot(page, '1-gepubliceerd');
    await inOtherLanguage(page, editor, 'fr', async (french) => {
      await shown(french.getByRole('status').filter({ hasText: 'Publié' }));
      await screenshot(french, '1-publie');
    });
  }, 150_000);

  it('2. the French translator finds it missing on the Translations page, fills in French from Dutch, saves, and cannot publish', async () => {
    const page = translatorPage;
    await signInWithLoginForm(page, cmsUrl(), translator, 'fr', {
      beforeSubmit: () => screenshot(page, '2-connexion'),
    });
    await (await shown(page.getByRole('link', { name: 'Traductions', exact: true }))).click();
    await page.getByRole('combobox', { name: 'Langue' }).click();
    await page.getByRole('option', { name: 'FR', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: DUTCH.title });
    const missing = await shown(row.getByRole('link', { name: 'Manquante' }));
    await screenshot(page, '2-traductions');
    await inOtherLanguage(page, translator, 'nl', async (dutch) => {
      await shown(
        dutch
          .getByRole('row')
          .filter({ hasText: DUTCH.title })
          .getByRole('link', { name: 'Ontbreekt' })
      );
      await screenshot(dutch, '2-vertalingen');
    });
    await missing.click();

    await page.waitForURL(/plugins\[i18n\]\[locale\]=fr/);
    await (
      await shown(page.getByRole('button', { name: "Remplir à partir d'une autre locale" }))
    ).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Nederlands (nl)' }).click();
    await screenshot(page, '2-remplir-depuis-une-autre-langue');
    await dialog.getByRole('button', { name: 'Oui, remplir' }).click();
    const title = page.getByRole('textbox', { name: 'Titre', exact: true }).first();
    await expect.poll(() => title.inputValue()).toBe(DUTCH.title);

    await title.fill(FRENCH.title);
    await page.getByRole('button', { name: 'Régénérer' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Adresse web' }).inputValue())
      .toBe(FRENCH.slug);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await shown(
      page.getByRole('list', { name: 'Versions' }).getByRole('button', { name: /Karim Benali/ })
    );
    expect(await workshopIn('fr')).toMatchObject({ title: FRENCH.title, slug: FRENCH.slug });

    const publish = page.getByRole('button', { name: 'Publier', exact: true });
    expect((await publish.count()) === 0 || (await publish.isDisabled())).toBe(true);
    const refused = await request(
      `/content-manager/collection-types/${WORKSHOP}/${documentId}/actions/publish?locale=fr`,
      { method: 'POST', token: translator.token, body: {} }
    );
    expect(refused.status).toBe(403);
    await screenshot(page, '2-traduction-enregistree');
    await inOtherLanguage(page, translator, 'nl', async (dutch) => {
      await shown(dutch.getByRole('list', { name: 'Versies' }));
      await screenshot(dutch, '2-vertaling-bewaard');
    });
  }, 120_000);

  it('3. the editor publishes the French version, and both pages are on the site, each leading to the other', async () => {
    const page = editorPage;
    await page.goto(editView('nl'));
    await (await shown(page.getByRole('combobox', { name: 'Locales' }))).click();
    await page.getByRole('option', { name: 'Français (fr)' }).click();
    await page.waitForURL(/plugins\[i18n\]\[locale\]=fr/);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Titel', exact: true }).first().inputValue(), {
        timeout: 30_000,
      })
      .toBe(FRENCH.title);
    await screenshot(page, '3-franse-versie');
    await inOtherLanguage(page, editor, 'fr', async (french) => {
      await shown(french.getByRole('button', { name: 'Publier', exact: true }));
      await screenshot(french, '3-version-francaise');
    });
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await shown(page.getByRole('status').filter({ hasText: 'Gepubliceerd' }));
    await expect
      .poll(async () => (await workshopIn('fr')).status, { timeout: 10_000 })
      .toBe('published');

    await expect
      .poll(
        async () => [(await sitePage(DUTCH_PATH)).status, (await sitePage(FRENCH_PATH)).status],
        {
          timeout: 90_000,
          interval: 1_000,
        }
      )
      .toEqual([200, 200]);
    expect(await lastBuild()).toMatchObject({ status: 'succeeded' });

    const visitor = await browser.newPage({ viewport: VIEWPORT });
    for (const [path, other, language, switchLabel, otherName, title] of [
      [DUTCH_PATH, FRENCH_PATH, 'fr-BE', 'Taal', 'Français', DUTCH.title],
      [FRENCH_PATH, DUTCH_PATH, 'nl-BE', 'Langue', 'Nederlands', FRENCH.title],
    ] as const) {
      await visitor.goto(`${inject('siteUrl')}${path}`);
      expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      const switcher = visitor.getByRole('navigation', { name: switchLabel });
      expect(await switcher.getByRole('link', { name: otherName }).getAttribute('href')).toBe(
        other
      );
      const alternate = await visitor
        .locator(`link[rel="alternate"][hreflang="${language}"]`)
        .getAttribute('href');
      expect(new URL(alternate!).pathname).toBe(other);
      await screenshot(visitor, path === DUTCH_PATH ? '3-site-nl' : '3-site-fr');
    }
    // The French page links the French version of the theme the editor chose in Dutch.
    expect(await visitor.getByRole('link', { name: FRENCH.theme }).count()).toBeGreaterThan(0);
    await visitor.close();
  }, 150_000);

  it('4. the editor changes the Dutch text and publishes it, and the French version shows as outdated', async () => {
    const page = editorPage;
    await page.goto(editView('nl'));
    const summary = page.getByRole('textbox', { name: 'Samenvatting' });
    await expect.poll(() => summary.inputValue(), { timeout: 30_000 }).toBe(DUTCH.summary);
    await summary.fill(DUTCH.changedSummary);
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await expect.poll(async () => (await workshopIn('nl')).summary).toBe(DUTCH.changedSummary);
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await expect.poll(async () => (await workshopIn('nl')).status).toBe('published');

    await page.getByRole('link', { name: 'Vertalingen', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: DUTCH.title });
    await shown(row.getByRole('link', { name: 'Verouderd' }));
    await screenshot(page, '4-vertalingen-verouderd');
    await inOtherLanguage(page, editor, 'fr', async (french) => {
      await shown(
        french
          .getByRole('row')
          .filter({ hasText: DUTCH.title })
          .getByRole('link', { name: 'Pas à jour' })
      );
      await screenshot(french, '4-traductions-pas-a-jour');
    });
  }, 90_000);

  it('5. the editor plans the Dutch version’s unpublication, restores an earlier version as a draft meanwhile, and the plan takes the Dutch page off the site', async () => {
    const page = editorPage;
    await page.goto(editView('nl'));
    // The panel takes whole minutes: the first one at least 30 s away leaves time to plan it,
    // and the restore below happens while the plan waits for its time.
    const runAt = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
    const wall = brusselsWallTime(runAt);
    const planning = page.getByRole('group', { name: 'Planning' });
    await planning.getByRole('combobox', { name: 'Wat' }).click();
    await page.getByRole('option', { name: 'Offline halen' }).click();
    await planning.getByRole('textbox', { name: 'Datum' }).fill(wall.date);
    await planning.getByRole('textbox', { name: 'Tijdstip' }).fill(wall.time);
    await planning.getByRole('button', { name: 'Plannen', exact: true }).click();
    await shown(page.getByText(new RegExp(`om ${wall.time} \\(Belgische tijd\\)`)));
    await planning.evaluate((panel) => panel.scrollIntoView({ block: 'center' }));
    await screenshot(page, '5-offline-halen-gepland');
    await inOtherLanguage(page, editor, 'fr', async (french) => {
      await shown(french.getByText(/\(heure de Bruxelles\)/));
      await french
        .getByRole('group', { name: 'Programmation' })
        .evaluate((panel) => panel.scrollIntoView({ block: 'center' }));
      await screenshot(french, '5-depublication-programmee');
    });

    const versions = page.getByRole('list', { name: 'Versies' });
    await (
      await shown(versions.getByRole('button', { name: /^Aangemaakt door Sophie Peeters/ }))
    ).click();
    const dialog = page.getByRole('dialog');
    await shown(dialog.getByRole('button', { name: 'Terugzetten als concept' }));
    await expect
      .poll(async () => (await dialog.locator('ins').allTextContents()).join(' '))
      .toContain('gezonde');
    await screenshot(page, '5-versie-vergelijken');
    await inOtherLanguage(page, editor, 'fr', async (french) => {
      await (
        await shown(
          french
            .getByRole('list', { name: 'Versions' })
            .getByRole('button', { name: /^Créé par Sophie Peeters/ })
        )
      ).click();
      await shown(
        french.getByRole('dialog').getByRole('button', { name: 'Restaurer comme brouillon' })
      );
      await screenshot(french, '5-comparer-une-version');
    });
    await dialog.getByRole('button', { name: 'Terugzetten als concept' }).click();
    await dialog.getByRole('button', { name: 'Ja, terugzetten als concept' }).click();
    await shown(dialog.getByText('Teruggezet als concept'));
    await dialog.getByRole('button', { name: 'Het teruggezette concept tonen' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Samenvatting' }).inputValue(), {
        timeout: 30_000,
      })
      .toBe(DUTCH.summary);
    await expect.poll(async () => (await workshopIn('nl')).summary).toBe(DUTCH.summary);
    await shown(
      versions.getByRole('button', { name: /vanuit een eerdere versie door Sophie Peeters/ })
    );

    // Taken off the site by the plan, after the next build; the French page stays.
    await expect
      .poll(async () => (await sitePage(DUTCH_PATH)).status, {
        timeout: runAt.getTime() - Date.now() + 90_000,
        interval: 1_000,
      })
      .toBe(404);
    expect(Date.now()).toBeGreaterThanOrEqual(runAt.getTime());
    const visitor = await browser.newPage({ viewport: VIEWPORT });
    await visitor.goto(`${inject('siteUrl')}${FRENCH_PATH}`);
    // No Dutch version any more: the French page's language switch leads to the Dutch list.
    expect(
      await visitor
        .getByRole('navigation', { name: 'Langue' })
        .getByRole('link', { name: 'Nederlands' })
        .getAttribute('href')
    ).toBe(`/nl/${listSegments.nl.workshops}/`);
    await visitor.close();
    expect(await lastBuild()).toMatchObject({ status: 'succeeded' });
    expect((await workshopIn('nl')).status).toBe('draft');
  }, 240_000);
});
