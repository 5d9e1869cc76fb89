import { setTimeout as delay } from 'node:timers/promises';
import { importSiteModule } from '../site-modules.ts';

interface SiteRoutesModule {
  pathTo(route: { locale: 'nl'; kind: 'workshop'; slug: string }): string;
}

export interface PublishToLive {
  /** From the publish request to the first answer of the served site that shows the change. */
  readonly seconds: number;
  readonly page: string;
}

const WORKSHOP = 'api::workshop.workshop';

/**
 * Changes one workshop's Dutch title as an editor does (save, then publish, through the admin
 * API) and polls the served page until the new title is on it.
 */
export async function measurePublishToLive({
  cmsUrl,
  siteUrl,
  adminToken,
  timeoutMs = 600_000,
}: {
  cmsUrl: string;
  siteUrl: string;
  adminToken: string;
  timeoutMs?: number;
}): Promise<PublishToLive> {
  const { pathTo } = await importSiteModule<SiteRoutesModule>('lib/routes.ts');
  const found = (await (
    await fetch(`${cmsUrl}/api/workshops?filters[number][$eq]=1&locale=nl&fields[0]=slug`)
  ).json()) as { data: { documentId: string; slug: string }[] };
  const workshop = found.data[0];
  if (!workshop) throw new Error('Workshop 1 is not published in Dutch.');
  const page = pathTo({ locale: 'nl', kind: 'workshop', slug: workshop.slug });

  const admin = async (path: string, method: string, body: unknown) => {
    const response = await fetch(`${cmsUrl}/content-manager/collection-types/${WORKSHOP}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  const title = `Gewijzigd voor de benchmark ${Date.now()}`;
  await admin(`/${workshop.documentId}?locale=nl`, 'PUT', { title });
  const started = performance.now();
  await admin(`/${workshop.documentId}/actions/publish?locale=nl`, 'POST', {});
  for (;;) {
    const served = await fetch(siteUrl + page);
    if (served.ok && (await served.text()).includes(title)) break;
    if (performance.now() - started > timeoutMs) {
      throw new Error(`The change was not on ${page} after ${timeoutMs / 1000} s.`);
    }
    await delay(200);
  }
  return { seconds: (performance.now() - started) / 1000, page };
}
