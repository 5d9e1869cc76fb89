import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../cms/src/middlewares/database-unavailable.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises a server that is stopping, starting or unreachable', () => {
    expect(isDatabaseUnavailable(withCode('57P01', 'terminating connection'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P03', 'the database system is starting up'))).toBe(
      true
    );
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
  });

  it('recognises a connection that died under a query, or none to be had in time', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('select 1 - Client has encountered a connection error and is not queryable')
      )
    ).toBe(true);
    const timeout = Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
      name: 'KnexTimeoutError',
    });
    expect(isDatabaseUnavailable(timeout)).toBe(true);
  });

  it('looks through causes', () => {
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: withCode('ECONNRESET') }))).toBe(
      true
    );
  });

  it('leaves other errors to Strapi', () => {
    expect(isDatabaseUnavailable(withCode('23505', 'duplicate key value'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Invalid relations'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
