import { describe, expect, it } from 'vitest';
import { isInvalidValueError } from '../../cms/src/middlewares/filter-value-errors.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isInvalidValueError', () => {
  it('recognises a filter value that does not fit its column, on SQLite and PostgreSQL', () => {
    expect(isInvalidValueError(new Error('Expected a valid Number, got 0 OR 1=1'))).toBe(true);
    expect(isInvalidValueError(new Error('Expected a valid BigInteger, got x'))).toBe(true);
    expect(
      isInvalidValueError(withCode('22P02', 'invalid input syntax for type integer: "1) OR (1"'))
    ).toBe(true);
    expect(isInvalidValueError(withCode('22007', 'invalid input syntax for type date'))).toBe(true);
  });

  it('leaves every other failure to the error handler', () => {
    expect(isInvalidValueError(withCode('57P01', 'terminating connection'))).toBe(false);
    expect(isInvalidValueError(withCode('23505', 'duplicate key value'))).toBe(false);
    expect(isInvalidValueError(new Error('Something else'))).toBe(false);
    expect(isInvalidValueError('Expected a valid Number, got x')).toBe(false);
  });
});
