import { setTimeout as delay } from 'node:timers/promises';

/** Logs in to the CMS's admin API and returns the session's token. */
export async function adminLogin(
  cmsUrl: string,
  credentials: { email: string; password: string }
): Promise<string> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  return ((await login.json()) as { data: { token: string } }).data.token;
}

/** Waits until the site-publisher has built everything asked of it, and returns its last build. */
export async function waitForPublisher(cmsUrl: string, token: string, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${cmsUrl}/site-publisher/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { data } = (await response.json()) as {
      data: { state: string; builds: { id: number; status: string; reason: string | null }[] };
    };
    if (data.state === 'idle' && data.builds[0]?.status !== 'building') return data.builds;
    if (Date.now() > deadline)
      throw new Error(`The site-publisher was still ${data.state} after ${timeoutMs / 1000} s.`);
    await delay(250);
  }
}
