import type { z } from 'zod';
import { toQueryString, type QueryValue } from './query-string';

/** Strapi's largest page (config/api.ts maxLimit): fewer, bigger requests. */
export const PAGE_SIZE = 100;

/** The one error a build meets when Strapi cannot give it content: it names the URL and why. */
export class StrapiError extends Error {
  override readonly name = 'StrapiError';
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number
  ) {
    super(message);
  }
}

export interface StrapiClientOptions {
  readonly baseUrl: string;
  /** A read-only API token, when the public role may not read. */
  readonly token?: string;
  readonly fetch?: typeof fetch;
}

interface Pagination {
  page: number;
  pageCount: number;
}

/** Reads Strapi's REST API and counts its requests, so a build can report them. */
export class StrapiClient {
  requestCount = 0;
  readonly baseUrl: string;

  constructor(private readonly options: StrapiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
  }

  /** Every entry of a collection, a full page at a time. */
  async getAll<T extends z.ZodType>(
    path: string,
    query: Record<string, QueryValue>,
    entry: T
  ): Promise<z.output<T>[]> {
    const entries: z.output<T>[] = [];
    for (let page = 1; ; page += 1) {
      const body = (await this.request(path, {
        ...query,
        pagination: { page, pageSize: PAGE_SIZE },
      })) as {
        data?: unknown[];
        meta?: { pagination?: Pagination };
      };
      for (const item of body.data ?? []) entries.push(this.parse(entry, item, path));
      const pagination = body.meta?.pagination;
      if (!pagination || pagination.page >= pagination.pageCount) return entries;
    }
  }

  /** How many documents of a collection Strapi publishes in a locale, in one small request. */
  async count(path: string, locale: string): Promise<number> {
    const body = (await this.request(path, {
      locale,
      fields: ['documentId'],
      pagination: { page: 1, pageSize: 1 },
    })) as { meta?: { pagination?: { total?: number } } };
    const total = body.meta?.pagination?.total;
    if (typeof total !== 'number')
      throw new StrapiError(`Strapi at ${this.baseUrl} sent no count for ${path}`, path);
    return total;
  }

  /** A single type's entry, or null when it has none in that locale. */
  async getSingle<T extends z.ZodType>(
    path: string,
    query: Record<string, QueryValue>,
    entry: T
  ): Promise<z.output<T> | null> {
    const body = (await this.request(path, query, { allowNotFound: true })) as {
      data?: unknown;
    } | null;
    return body?.data ? this.parse(entry, body.data, path) : null;
  }

  /** The bytes of an uploaded file, for the build to serve from the site's own origin. */
  async download(url: string): Promise<Uint8Array> {
    const absolute = new URL(url, this.baseUrl).toString();
    const response = await this.send(absolute);
    return new Uint8Array(await response.arrayBuffer());
  }

  private async request(
    path: string,
    query: Record<string, QueryValue>,
    { allowNotFound = false } = {}
  ): Promise<unknown> {
    const url = `${this.baseUrl}${path}?${toQueryString(query)}`;
    this.requestCount += 1;
    const response = await this.send(url, allowNotFound);
    return response.status === 404 ? null : response.json();
  }

  private async send(url: string, allowNotFound = false): Promise<Response> {
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: this.options.token ? { authorization: `Bearer ${this.options.token}` } : {},
      });
    } catch (error) {
      const reason =
        error instanceof Error
          ? ((error.cause as Error | undefined)?.message ?? error.message)
          : String(error);
      throw new StrapiError(`Strapi at ${this.baseUrl} is unreachable (${reason}) for ${url}`, url);
    }
    if (!response.ok && !(allowNotFound && response.status === 404)) {
      throw new StrapiError(
        `Strapi at ${this.baseUrl} answered ${response.status} ${response.statusText} for ${url}`,
        url,
        response.status
      );
    }
    return response;
  }

  private parse<T extends z.ZodType>(schema: T, value: unknown, path: string): z.output<T> {
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new StrapiError(
        `Strapi at ${this.baseUrl} sent ${path} data the site does not understand: ${result.error.message}`,
        path
      );
    }
    return result.data;
  }
}
