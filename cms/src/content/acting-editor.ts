import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/** The person a change is made for: who saved, or who scheduled what runs now. */
export interface Editor {
  readonly id: number | null;
  readonly name: string;
  readonly email: string | null;
  /** Their admin language, for messages about work done on their behalf. */
  readonly language: string | null;
}

interface AdminUser {
  id?: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
  preferedLanguage?: string | null;
}

/** Why a change happens when it is not an editor's own save: what the history shows beside it. */
export type ChangeOrigin = 'restoredVersion' | 'restoredFromBin' | 'scheduled';

interface Context {
  readonly editor?: Editor;
  readonly origin?: ChangeOrigin;
}

const changeContext = new AsyncLocalStorage<Context>();

/** An admin user as colleagues know them: their name, else their e-mail address. */
export function editorOf(user: AdminUser): Editor {
  const name =
    [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || '';
  return {
    id: user.id ?? null,
    name,
    email: user.email ?? null,
    language: user.preferedLanguage ?? null,
  };
}

/**
 * Who the current change is for: the admin user of the request, or the editor a scheduled job
 * runs for; null for the seed, the API's tokens and start-up work.
 */
export function actingEditor(strapi: Core.Strapi): Editor | null {
  const scheduled = scheduledEditor();
  if (scheduled) return scheduled;
  const state = strapi.requestContext.get()?.state as
    { user?: AdminUser; auth?: { strategy?: { name?: string } } } | undefined;
  // API tokens and the content API's own users are not the admin's editors.
  return state?.auth?.strategy?.name === 'admin' && state.user ? editorOf(state.user) : null;
}

/** The editor that work outside any request runs for (a scheduled job's), if any. */
export function scheduledEditor(): Editor | null {
  return changeContext.getStore()?.editor ?? null;
}

/** Runs work outside any request on an editor's behalf, so history and builds name them. */
export function actAs<T>(editor: Editor | null, work: () => Promise<T>): Promise<T> {
  const outer = changeContext.getStore();
  return changeContext.run({ ...outer, ...(editor ? { editor } : {}) }, work);
}

/** Runs changes that are not a plain save (a restore, a scheduled job), so history says so. */
export function withOrigin<T>(origin: ChangeOrigin, work: () => Promise<T>): Promise<T> {
  return changeContext.run({ ...changeContext.getStore(), origin }, work);
}

export function changeOrigin(): ChangeOrigin | null {
  return changeContext.getStore()?.origin ?? null;
}
