import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly data: T };

/**
 * Reads one admin API on mount; the widget shows Strapi's own loading and error states meanwhile.
 * `select` picks what the widget needs from the response body.
 */
export function useAdminData<Body, T>(
  path: string,
  select: (body: Body) => T,
  refreshMs?: number
): Loaded<T> {
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let mounted = true;
    const load = async () => {
      try {
        const { data } = await get<Body>(path);
        if (mounted) setLoaded({ state: 'ready', data: select(data) });
      } catch {
        if (mounted) setLoaded({ state: 'failed' });
      }
    };
    void load();
    const timer = refreshMs ? setInterval(() => void load(), refreshMs) : undefined;
    return () => {
      mounted = false;
      if (timer) clearInterval(timer);
    };
    // `select` is a pure projection: a new function at each render must not refetch.
  }, [get, path, refreshMs]);
  return loaded;
}
