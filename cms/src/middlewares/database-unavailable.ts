import type { Core } from '@strapi/strapi';
import type { AdminLanguage } from '../content-manager/field-texts';
import { pickAdminLanguage } from '../validation/messages';

/**
 * PostgreSQL's "connection exception" class (08…), an administrator stopping the server or
 * the server starting up (57P01–57P03), and too many connections (53300).
 */
const SERVER_CODES = /^(08|57P0[123]$|53300$)/;
/** The socket to the database server failed or could not be opened. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** What pg and knex say when a connection died under a query or none could be had in time. */
const LOST_CONNECTION =
  /Connection terminated|connection error and is not queryable|Timeout acquiring a connection/i;

const messages: Record<AdminLanguage, { write: string; read: string }> = {
  en: {
    write:
      'The database could not be reached for a moment, so this change may not have been saved. Reload the page to see, and save again if needed.',
    read: 'The database could not be reached for a moment. Try again in a few seconds.',
  },
  nl: {
    write:
      'De databank was even niet bereikbaar, dus deze wijziging is misschien niet opgeslagen. Laad de pagina opnieuw om te kijken en sla zo nodig opnieuw op.',
    read: 'De databank was even niet bereikbaar. Probeer het over enkele seconden opnieuw.',
  },
  fr: {
    write:
      'La base de données était momentanément injoignable : cette modification n’a peut-être pas été enregistrée. Rechargez la page pour vérifier et enregistrez à nouveau si nécessaire.',
    read: 'La base de données était momentanément injoignable. Réessayez dans quelques secondes.',
  },
};

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const { code, name, message, cause: next } = cause as NodeJS.ErrnoException;
    if (typeof code === 'string' && (SERVER_CODES.test(code) || SOCKET_CODES.has(code)))
      return true;
    if (name === 'KnexTimeoutError' || LOST_CONNECTION.test(String(message))) return true;
    cause = next;
  }
  return false;
}

/**
 * While the database restarts, requests fail with connection errors that Strapi would answer
 * with a bare 500, or, where one of its checks swallows the cause, with a misleading 400
 * ("Invalid relations", "This locale doesn't exist"). The client gets a 503 instead, in the editor's
 * language, saying to check and try again. Every document write runs in one transaction, so none
 * is left half-done; but the connection can also drop after the commit, while the answer is being
 * made, so the message cannot promise that nothing was saved. The pool replaces dead connections.
 */
const databaseUnavailable: Core.MiddlewareFactory = (_config, { strapi }) => {
  // Requests during which the database was lost, whatever Strapi made of the error afterwards.
  const lostDatabase = new WeakSet<object>();
  const remember = (error: unknown) => {
    const request = strapi.requestContext.get();
    if (request && isDatabaseUnavailable(error)) lostDatabase.add(request);
  };
  // A query on a connection that died says so in an event; a connection the pool could not
  // open has no event, so knex's one way to a connection is wrapped.
  strapi.db.connection.on('query-error', remember);
  const client = strapi.db.connection.client as { acquireConnection(): Promise<unknown> };
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () =>
    acquire().catch((error: unknown) => {
      remember(error);
      throw error;
    });

  return async (ctx, next) => {
    let failure: unknown = null;
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error) && !lostDatabase.has(ctx)) throw error;
      failure = error;
    }
    if (!failure && !(ctx.status >= 400 && lostDatabase.has(ctx))) return;
    strapi.log.warn(
      `Database unavailable, answered 503 to ${ctx.method} ${ctx.path}: ${(failure as Error | null)?.message ?? `${ctx.status} after a lost connection`}`
    );
    const user = ctx.state.user as { preferedLanguage?: string | null } | undefined;
    const text = messages[pickAdminLanguage(user?.preferedLanguage, ctx.get('accept-language'))];
    const reading = ctx.method === 'GET' || ctx.method === 'HEAD';
    ctx.status = 503;
    ctx.set('Retry-After', '5');
    ctx.body = {
      data: null,
      error: {
        status: 503,
        name: 'ServiceUnavailableError',
        message: reading ? text.read : text.write,
        details: {},
      },
    };
  };
};

export default databaseUnavailable;
