import { expect, inject } from 'vitest';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly text: string;
}

export interface RequestOptions {
  readonly method?: string;
  readonly body?: unknown;
  readonly token?: string;
  readonly headers?: Record<string, string>;
}

/** One HTTP request to the test CMS; the body is parsed when it is JSON. */
export async function request<T = any>(
  path: string,
  { method = 'GET', body, token, headers = {} }: RequestOptions = {}
): Promise<ApiResponse<T>> {
  const response = await fetch(`${inject('cmsUrl')}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (an empty 204, an HTML error page): the raw text is the body.
  }
  return { status: response.status, body: parsed as T, text };
}

/** The super admin's session, opened once by the test stack with ADMIN_EMAIL's credentials. */
export async function loginAsAdmin(): Promise<string> {
  return inject('adminJwt');
}

/** A new content-API token of the given kind, created through the admin API as an admin would. */
export async function createApiToken(type: 'read-only' | 'full-access'): Promise<string> {
  const response = await request<{ data: { accessKey: string } }>('/admin/api-tokens', {
    method: 'POST',
    token: await loginAsAdmin(),
    body: {
      name: `test ${type} ${Math.random().toString(36).slice(2)}`,
      type,
      lifespan: null,
      description: '',
    },
  });
  if (response.status !== 201)
    throw new Error(`Could not create an API token: ${response.status} ${response.text}`);
  return response.body.data.accessKey;
}

/** A request as an editor in the admin panel makes it, through the content manager's API. */
export async function contentManager<T = any>(
  path: string,
  options: RequestOptions = {}
): Promise<ApiResponse<T>> {
  return request<T>(`/content-manager${path}`, { ...options, token: await loginAsAdmin() });
}

/** An admin user a browser test can sign in with, through the login form. */
export interface AdminAccount {
  readonly id: number;
  readonly email: string;
  readonly password: string;
  /** The session the registration opened, for the admin API. */
  readonly token: string;
}

/** Gives a workshop's Dutch version a new title and publishes it, as an editor does in the admin. */
export async function publishWorkshopTitle(documentId: string, title: string): Promise<void> {
  const path = `/collection-types/api::workshop.workshop/${documentId}`;
  const saved = await contentManager(`${path}?locale=nl`, { method: 'PUT', body: { title } });
  expect(saved.status, saved.text).toBe(200);
  const published = await contentManager(`${path}/actions/publish?locale=nl`, {
    method: 'POST',
    body: {},
  });
  expect(published.status, published.text).toBe(200);
}

/**
 * A new admin user with the role whose name starts with `rolePrefix`, invited and registered
 * as the admin panel does it, with its e-mail and password; with `preferedLanguage` (Strapi's
 * spelling) the admin panel opens in that language for them.
 */
export async function createAdminAccount(
  rolePrefix: string,
  profile: { firstname: string; lastname: string } = { firstname: 'Test', lastname: rolePrefix },
  preferedLanguage?: string
): Promise<AdminAccount> {
  const roles = await request<{ data: { id: number; name: string }[] }>('/admin/roles', {
    token: await loginAsAdmin(),
  });
  const role = roles.body.data.find((candidate) => candidate.name.startsWith(rolePrefix));
  if (!role) throw new Error(`No admin role named ${rolePrefix}…`);
  const email = `user-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
  const password = 'Test-user-12345';
  const created = await request<{ data: { id: number; registrationToken: string } }>(
    '/admin/users',
    { method: 'POST', token: await loginAsAdmin(), body: { ...profile, email, roles: [role.id] } }
  );
  if (created.status !== 201)
    throw new Error(`Could not invite a ${rolePrefix} user: ${created.status} ${created.text}`);
  const registered = await request<{ data: { token: string } }>('/admin/register', {
    method: 'POST',
    body: {
      registrationToken: created.body.data.registrationToken,
      userInfo: { ...profile, password },
    },
  });
  if (registered.status !== 200)
    throw new Error(
      `Could not register the ${rolePrefix} user: ${registered.status} ${registered.text}`
    );
  const account = { id: created.body.data.id, email, password, token: registered.body.data.token };
  if (preferedLanguage) await setAdminLanguage(account.token, preferedLanguage);
  return account;
}

/**
 * A new admin user with the role whose name starts with `rolePrefix`, invited and registered
 * as the admin panel does it; returns that user's session.
 */
export async function createAdminUser(
  rolePrefix: string,
  profile: { firstname: string; lastname: string } = { firstname: 'Test', lastname: rolePrefix }
): Promise<string> {
  return (await createAdminAccount(rolePrefix, profile)).token;
}

/** Sets the admin panel's language of the user whose session `token` is, as their profile page does. */
export async function setAdminLanguage(token: string, preferedLanguage: string): Promise<void> {
  const response = await request('/admin/users/me', {
    method: 'PUT',
    token,
    body: { preferedLanguage },
  });
  if (response.status !== 200)
    throw new Error(
      `Could not set the admin language to ${preferedLanguage}: ${response.status} ${response.text}`
    );
}

/** Uploads a file to the media library as an editor would, and returns its id. */
export async function uploadFile(name: string, bytes: Uint8Array, type: string): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${inject('cmsUrl')}/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await loginAsAdmin()}` },
    body: form,
  });
  if (response.status !== 201)
    throw new Error(`Could not upload ${name}: ${response.status} ${await response.text()}`);
  const [file] = (await response.json()) as { id: number }[];
  return file!.id;
}
