import os from 'node:os';
import autocannon from 'autocannon';
import { importSiteModule } from './site-modules.ts';

interface SiteClientModule {
  StrapiClient: new (options: { baseUrl: string; fetch: (url: string) => Promise<Response> }) => {
    readonly baseUrl: string;
  };
}
interface SiteWorkshopsModule {
  fetchWorkshops(client: unknown, locale: string): Promise<unknown[]>;
}

/**
 * The path and query the site build sends for one language's workshops (the site's heaviest
 * request, its main list), taken from the site's own data layer, so the benchmarks follow the
 * query whenever the site changes it.
 */
export async function workshopsRequest(locale: string): Promise<string> {
  const { StrapiClient } = await importSiteModule<SiteClientModule>('lib/strapi/client.ts');
  const { fetchWorkshops } = await importSiteModule<SiteWorkshopsModule>(
    'lib/strapi/queries/workshops.ts'
  );
  const requested: string[] = [];
  const client = new StrapiClient({
    baseUrl: 'http://cms.invalid',
    fetch: async (url) => {
      requested.push(url);
      return Response.json({ data: [], meta: { pagination: { page: 1, pageCount: 1 } } });
    },
  });
  await fetchWorkshops(client, locale);
  const [url] = requested;
  if (!url) throw new Error("The site's workshops query sent no request.");
  const { pathname, search } = new URL(url);
  return pathname + search;
}

/** An empty answer would measure nothing: there must be published workshops in each locale. */
export async function checkAnswers(cmsUrl: string, requests: readonly string[]): Promise<number[]> {
  return Promise.all(
    requests.map(async (request) => {
      const response = await fetch(cmsUrl + request);
      const body = (await response.json()) as { data?: unknown[] };
      const count = body.data?.length ?? 0;
      if (!response.ok || count === 0) {
        throw new Error(`${request} answered ${response.status} with ${count} workshops.`);
      }
      return count;
    })
  );
}

export interface LoadSummary {
  readonly connections: number;
  readonly durationSeconds: number;
  /** Other work on the machine skews the figures; the load before the run says how much there was. */
  readonly loadAverageBefore: number;
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly totalRequests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

/** Sends the requests in turn with autocannon for a fixed duration. */
export async function loadTest(
  cmsUrl: string,
  requests: readonly string[],
  { connections, duration }: { connections: number; duration: number }
): Promise<{ summary: LoadSummary; result: autocannon.Result }> {
  const loadAverageBefore = os.loadavg()[0] ?? 0;
  const result = await autocannon({
    url: cmsUrl,
    connections,
    duration,
    requests: requests.map((request) => ({ method: 'GET', path: request })),
  });
  return {
    result,
    summary: {
      connections,
      durationSeconds: duration,
      loadAverageBefore,
      requestsPerSecond: result.requests.mean,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      totalRequests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    },
  };
}

/** The machine a benchmark ran on, in one line, for its table. */
export function machineDescription(): string {
  const cpus = os.cpus();
  return [
    `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    `Node ${process.versions.node}`,
  ].join(', ');
}

/** A markdown table row. */
export const markdownRow = (cells: readonly (string | number)[]): string =>
  `| ${cells.join(' | ')} |`;
