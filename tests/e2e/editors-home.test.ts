import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createAdminAccount, request, type AdminAccount } from '../support/api.ts';
import { launchBrowser, signInWithLoginForm } from '../support/browser.ts';
import { cmsDir } from '../../scripts/lib/paths.ts';

const WORKSHOP = 'api::workshop.workshop';
const ZONE_TITLE = 'Zorgzone Zuid · Bassin Sud';
const ZONE_MARK = path.join(cmsDir, 'src', 'admin', 'extensions', 'zone-mark.svg');

interface ReportRow {
  title: string;
  states: Record<string, string>;
}

let browser: Browser;
let page: Page;
let editor: AdminAccount;
let workshopTitle = '';
let workshopId = '';

/** Today in Brussels, as the CMS's date fields hold it. */
const brusselsToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

/** A widget of the home page: Strapi frames each one as a region named by its title. */
const widget = (title: string) => page.getByRole('region', { name: title, exact: true });

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  editor = await createAdminAccount('Redacteur', { firstname: 'Sophie', lastname: 'Thuis' }, 'nl');
  // Today's workshop, by the editor: the soonest one, her latest change, and one scheduled job.
  workshopTitle = `Veranderatelier van vandaag ${Date.now()}`;
  const created = await request<{ data: { documentId: string } }>(
    `/content-manager/collection-types/${WORKSHOP}?locale=nl`,
    {
      method: 'POST',
      token: editor.token,
      body: {
        number: 7000 + Math.floor(Math.random() * 1000),
        title: workshopTitle,
        slug: `vandaag-${Date.now()}`,
        date: brusselsToday(),
        summary: 'Wat we vandaag bespreken.',
      },
    }
  );
  expect(created.status, created.text).toBe(201);
  workshopId = created.body.data.documentId;
  const scheduled = await request('/scheduled-publishing/jobs', {
    method: 'POST',
    token: editor.token,
    body: {
      uid: WORKSHOP,
      documentId: workshopId,
      locale: 'nl',
      action: 'publish',
      runAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    },
  });
  expect(scheduled.status, scheduled.text).toBe(200);
  await signInWithLoginForm(page, inject('cmsUrl'), editor, 'nl');
});

afterAll(async () => {
  await browser?.close();
  // A draft workshop of today would stay the next workshop of every later test's home page.
  if (workshopId)
    await request(`/content-manager/collection-types/${WORKSHOP}/${workshopId}`, {
      method: 'DELETE',
      token: editor.token,
    });
});

describe('the zone’s admin for an editor', () => {
  it('names the zone and shows its mark on the login page, with a favicon', async () => {
    const visitor = await browser.newPage({ locale: 'nl-BE' });
    await visitor.goto(`${inject('cmsUrl')}/admin/auth/login`);
    await expect
      .poll(() => visitor.getByRole('heading', { name: 'Zorgzone Zuid' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    expect(await visitor.title()).toBe(ZONE_TITLE);
    // Small enough for the admin's bundler to inline: the image is the mark's own drawing.
    const mark = decodeURIComponent((await visitor.locator('img').first().getAttribute('src'))!);
    const drawing = /<path d="([^"]+)"/.exec(readFileSync(ZONE_MARK, 'utf8'))![1]!;
    expect(mark).toContain(drawing);
    await visitor.close();
    const favicon = await fetch(`${inject('cmsUrl')}/favicon.ico`);
    expect(favicon.status).toBe(200);
    expect((await favicon.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });

  it('shows none of Strapi’s developer or marketing items', async () => {
    await page.goto(`${inject('cmsUrl')}/admin`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Hallo Sophie' }).count(), { timeout: 30_000 })
      .toBe(1);
    await expect.poll(() => page.title()).toBe(`Startpagina | ${ZONE_TITLE}`);
    const text = await page.locator('body').innerText();
    for (const marketing of [
      'Media Library',
      'Strapi Cloud',
      'Ontdek je applicatie',
      'API-token',
      'Marketplace',
      'Laatst bewerkte items',
    ])
      expect(text).not.toContain(marketing);
    const links = await page
      .getByRole('navigation')
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.some((href) => href.includes('/plugins/site-publisher'))).toBe(true);
    for (const developerPlace of ['marketplace', 'content-type-builder', 'users', 'api-tokens'])
      expect(
        links.filter((href) => href.includes(developerPlace)),
        developerPlace
      ).toEqual([]);
    // Strapi shows every admin user its Overview page (versions, no setting); nothing else.
    await page.goto(`${inject('cmsUrl')}/admin/settings`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Overzicht' }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const settings = await page
      .locator('nav a[href*="/settings/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(settings).toEqual(['/admin/settings/application-infos']);

    await page.goto(`${inject('cmsUrl')}/admin/content-manager`);
    await expect
      .poll(() => page.getByRole('link', { name: /Veranderatelier/ }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /^User$|^Gebruiker$/ }).count()).toBe(0);
  });

  it('opens on the editors’ home, whose widgets carry the real figures', async () => {
    await page.goto(`${inject('cmsUrl')}/admin`);
    await expect
      .poll(
        () =>
          page
            .locator('[data-strapi-widget-id]')
            .evaluateAll((widgets) =>
              widgets.map((frame) => frame.querySelector('h2')?.textContent)
            ),
        { timeout: 30_000 }
      )
      .toEqual([
        'Publieke site',
        'Vertalingen',
        'Binnenkort',
        'Recente wijzigingen',
        'Checklist van de site',
      ]);

    const report = await request<{ data: ReportRow[] }>('/translation-status/report', {
      token: editor.token,
    });
    const missingFr = report.body.data.filter((row) => row.states.fr === 'missing').length;
    expect(missingFr).toBeGreaterThan(0);
    await expect
      .poll(() => widget('Vertalingen').innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`Frans\\s+${missingFr} vertaling(en)? ontbre`));

    const comingUp = widget('Binnenkort');
    await expect.poll(() => comingUp.innerText(), { timeout: 30_000 }).toContain(workshopTitle);
    expect(
      await comingUp.getByRole('list', { name: 'Gepland' }).getByText(workshopTitle).count()
    ).toBe(1);
    expect(await comingUp.innerText()).toMatch(/Publiceren \(NL\) .*gepland door Sophie Thuis/);

    const recent = page.getByRole('list', { name: 'Recente wijzigingen' });
    await expect
      .poll(() => recent.getByRole('listitem').first().innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`${workshopTitle}\\s+Veranderatelier \\(NL\\) · aangemaakt door Sophie`));

    const status = await request<{
      data: { siteUrl: string; attention: { warnings: { locale: string }[] } | null };
    }>('/site-publisher/status', { token: editor.token });
    const site = widget('Publieke site');
    await expect
      .poll(() => site.getByRole('link', { name: 'De live site bekijken' }).getAttribute('href'))
      .toBe(status.body.data.siteUrl);
    const warnings = status.body.data.attention?.warnings ?? [];
    const checklist = widget('Checklist van de site');
    if (warnings.length === 0)
      await expect.poll(() => checklist.innerText()).toContain('De site mist niets.');
    else {
      const dutch = warnings.filter((warning) => warning.locale === 'nl').length;
      await expect
        .poll(() => checklist.innerText())
        .toMatch(new RegExp(`Nederlands: ${dutch} punt(en)? te doen`));
      expect(await checklist.getByRole('listitem').count()).toBe(warnings.length);
    }
  });
});
