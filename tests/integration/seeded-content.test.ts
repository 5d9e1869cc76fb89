import { describe, expect, it } from 'vitest';
import { request } from '../support/api.ts';

interface Named {
  documentId: string;
  name: string;
  locale: string;
}

interface Workshop {
  documentId: string;
  locale: string;
  number: number;
  date: string;
  title: string;
  slug: string;
  programme: { startTime: string; endTime: string | null; label: string }[];
  agendaTopics: { title: string }[];
  roundTables: { title: string; body: unknown[]; themes: Named[] }[];
  resources: { label: string; url: string }[];
  themes: Named[];
  teamMembers: Named[];
  presentationUrl: string | null;
}

// Other test files add workshops of their own; these are the two the seed enters.
const workshopQuery = (locale: string) =>
  `/api/workshops?locale=${locale}&sort=number:asc&filters[number][$in][0]=8&filters[number][$in][1]=9&populate[programme]=true&populate[agendaTopics]=true&populate[resources]=true` +
  `&populate[roundTables][populate][themes]=true&populate[themes]=true&populate[teamMembers]=true`;

async function publicWorkshops(locale: string): Promise<Workshop[]> {
  const response = await request<{ data: Workshop[] }>(workshopQuery(locale));
  expect(response.status).toBe(200);
  return response.body.data;
}

describe('seeded content through the public API', () => {
  it('serves the 8th and 9th workshops in Dutch and in French as localizations of the same documents', async () => {
    const [dutch, french] = [await publicWorkshops('nl'), await publicWorkshops('fr')];
    expect(dutch.map((workshop) => [workshop.number, workshop.date])).toEqual([
      [8, '2025-06-03'],
      [9, '2025-10-16'],
    ]);
    expect(french.map((workshop) => workshop.documentId)).toEqual(
      dutch.map((workshop) => workshop.documentId)
    );
    expect(french.map((workshop) => workshop.slug)).toEqual([
      'atelier-du-changement-8',
      'atelier-du-changement-9',
    ]);
    expect(dutch.map((workshop) => workshop.slug)).toEqual([
      'veranderatelier-8',
      'veranderatelier-9',
    ]);
    expect(french[0]!.title).not.toBe(dutch[0]!.title);
  });

  it('populates the programme of the day, agenda, round tables with their themes, and the team, in each language', async () => {
    for (const locale of ['nl', 'fr']) {
      const [eighth, ninth] = await publicWorkshops(locale);
      expect(
        eighth!.programme.map((item) => [item.startTime.slice(0, 5), item.endTime?.slice(0, 5)])
      ).toEqual([
        ['12:00', '13:00'],
        ['13:00', '14:00'],
        ['14:00', '16:00'],
      ]);
      expect(eighth!.agendaTopics).toHaveLength(4);
      expect(ninth!.agendaTopics).toHaveLength(6);
      expect(eighth!.roundTables).toHaveLength(3);
      expect(ninth!.roundTables).toHaveLength(3);
      for (const roundTable of [...eighth!.roundTables, ...ninth!.roundTables]) {
        expect(roundTable.body.length).toBeGreaterThan(0);
        for (const theme of roundTable.themes) expect(theme.locale).toBe(locale);
      }
      expect(eighth!.roundTables.map((table) => table.themes.length)).toEqual([1, 1, 1]);
      expect(eighth!.themes.map((theme) => theme.locale)).toEqual(eighth!.themes.map(() => locale));
      expect(eighth!.themes).toHaveLength(3);
      expect(eighth!.teamMembers.map((member) => member.name).sort()).toEqual([
        'Alice',
        'Aurélie',
        'Christopher',
        'Ersilia',
        'Sasha',
        'Valentin',
      ]);
      expect(ninth!.teamMembers.map((member) => member.name)).toContain('Sophie');
      expect(eighth!.presentationUrl).toBe(
        'https://www.bassin-sud.brussels/layout/uploads/2025/06/20250603_ADC_VA_S-Z.pdf'
      );
      expect(eighth!.resources.map((resource) => resource.url)).toContain(
        'https://www.brusano.brussels/nl/dienst/platform-palliatieve-zorg-brussel/#tools'
      );
    }
  });

  it('links each language to its own translation of a theme (relations are per locale: strapi/strapi#10322, #24065)', async () => {
    const [dutch, french] = [await publicWorkshops('nl'), await publicWorkshops('fr')];
    const dutchTheme = dutch[1]!.roundTables[2]!.themes[0]!;
    const frenchTheme = french[1]!.roundTables[2]!.themes[0]!;
    expect(frenchTheme.documentId).toBe(dutchTheme.documentId);
    expect(dutchTheme.name).toBe('Voedselonzekerheid');
    expect(frenchTheme.name).not.toBe(dutchTheme.name);
  });

  it('shows each theme its workshops from the other side of the relation', async () => {
    const response = await request<{ data: { slug: string; workshops: { number: number }[] }[] }>(
      '/api/themes?locale=nl&populate[workshops][fields][0]=number&filters[slug][$eq]=sociaal-isolement'
    );
    expect(response.body.data[0]!.workshops.map((workshop) => workshop.number).sort()).toEqual([
      8, 9,
    ]);
  });

  it('has the Focus edition in preparation, the team and the single types in both languages', async () => {
    for (const locale of ['nl', 'fr']) {
      const focus = await request<{ data: { edition: number; editionStatus: string }[] }>(
        `/api/focus-editions?locale=${locale}`
      );
      expect(
        focus.body.data.map(({ edition, editionStatus }) => ({ edition, editionStatus }))
      ).toEqual([{ edition: 8, editionStatus: 'in_preparation' }]);
      const team = await request<{ data: { name: string; active: boolean }[] }>(
        `/api/team-members?locale=${locale}&sort=displayOrder:asc`
      );
      expect(team.body.data.map((member) => member.name)).toEqual([
        'Alice',
        'Aurélie',
        'Christopher',
        'Ersilia',
        'Sasha',
        'Sophie',
        'Valentin',
      ]);
      const settings = await request<{
        data: { siteName: string; footerLines: { text: string }[] };
      }>(`/api/site-setting?locale=${locale}&populate=*`);
      expect(settings.status).toBe(200);
      expect(settings.body.data.siteName).toBe(locale === 'nl' ? 'Zorgzone Zuid' : 'Bassin Sud');
      expect(settings.body.data.footerLines).toHaveLength(2);
      const home = await request<{ data: { intro: unknown[] } }>(`/api/home-page?locale=${locale}`);
      expect(home.body.data.intro.length).toBeGreaterThan(0);
    }
  });
});
