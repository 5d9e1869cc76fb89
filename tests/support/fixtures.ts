/**
 * Content the tests add before the site is built, beside the seed: a workshop only in Dutch,
 * a workshop whose title and rich text carry script payloads, and an upcoming workshop.
 */
export const XSS_TITLE = '<script>alert("xss-title")</script> Atelier';
export const XSS_BODY = '<img src=x onerror=alert("xss-body")>';

export const fixtureWorkshops = {
  dutchOnly: { number: 50, slug: 'alleen-in-het-nederlands', title: 'Alleen in het Nederlands' },
  xss: { number: 51, slugs: { nl: 'xss-atelier', fr: 'xss-atelier-fr' } },
  upcoming: { number: 52, slugs: { nl: 'veranderatelier-52', fr: 'atelier-du-changement-52' } },
} as const;

/** A 1×1 PNG, the smallest image the media library accepts. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64'
);

/** A date some weeks ahead, so the upcoming workshop stays upcoming whenever the suite runs. */
export function upcomingDate(now = new Date()): string {
  return new Date(now.getTime() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export async function createFixtures(cmsUrl: string, token: string): Promise<void> {
  const call = async (path: string, method: string, body: unknown) => {
    const response = await fetch(
      `${cmsUrl}/content-manager/collection-types/api::workshop.workshop${path}`,
      {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }
    );
    if (!response.ok)
      throw new Error(
        `Fixture ${method} ${path} failed: ${response.status} ${await response.text()}`
      );
    return (await response.json()) as { data: { documentId: string } };
  };
  const publish = (documentId: string, locale: string) =>
    call(`/${documentId}/actions/publish?locale=${locale}`, 'POST', {});

  const { dutchOnly, xss, upcoming } = fixtureWorkshops;
  const dutch = await call('?locale=nl', 'POST', {
    number: dutchOnly.number,
    title: dutchOnly.title,
    slug: dutchOnly.slug,
    date: '2025-01-15',
  });
  await publish(dutch.data.documentId, 'nl');

  const payloadWorkshop = (slug: string) => ({
    number: xss.number,
    title: XSS_TITLE,
    slug,
    date: '2025-02-20',
    summary: XSS_BODY,
    roundTables: [{ title: XSS_TITLE, body: paragraph(XSS_BODY) }],
  });
  const payload = await call('?locale=nl', 'POST', payloadWorkshop(xss.slugs.nl));
  await call(`/${payload.data.documentId}?locale=fr`, 'PUT', payloadWorkshop(xss.slugs.fr));
  await publish(payload.data.documentId, 'nl');
  await publish(payload.data.documentId, 'fr');

  const date = upcomingDate();
  const next = (title: string, slug: string, labels: [string, string]) => ({
    number: upcoming.number,
    title,
    slug,
    date,
    startTime: '12:00:00.000',
    endTime: '16:00:00.000',
    venue: 'Brussel / Bruxelles',
    programme: [
      { startTime: '12:00:00.000', endTime: '13:00:00.000', label: labels[0] },
      { startTime: '14:00:00.000', endTime: '16:00:00.000', label: labels[1] },
    ],
  });
  const created = await call(
    '?locale=nl',
    'POST',
    next('Het 52e veranderatelier', upcoming.slugs.nl, ['Netwerklunch', 'Veranderatelier'])
  );
  await call(
    `/${created.data.documentId}?locale=fr`,
    'PUT',
    next('Le 52e atelier du changement', upcoming.slugs.fr, [
      'Lunch réseau',
      'Atelier du changement',
    ])
  );
  await publish(created.data.documentId, 'nl');
  await publish(created.data.documentId, 'fr');
}
