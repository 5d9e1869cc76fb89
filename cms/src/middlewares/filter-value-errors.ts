import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** How Strapi's database layer says a filter value cannot be cast to its column's type. */
const CAST_FAILURE = /^Expected a valid (Number|BigInteger), got /;
/** PostgreSQL's "data exception" class: a value the column's type cannot hold (22P02 and kin). */
const DATA_EXCEPTION = /^22/;

export function isInvalidValueError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as NodeJS.ErrnoException;
  return (
    CAST_FAILURE.test(error.message) || (typeof code === 'string' && DATA_EXCEPTION.test(code))
  );
}

/**
 * `?filters[number][$eq]=abc` makes Strapi's query builder throw a plain Error, and
 * `?filters[id][$in][0]=x` reaches PostgreSQL, which refuses it: both answer 500 and log a
 * stack trace per request. It is the client's mistake (or probe): answer 400, like every
 * other invalid filter, without echoing the SQL.
 */
const filterValueErrors: Core.MiddlewareFactory = () => async (_ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (isInvalidValueError(error)) {
      throw new errors.ValidationError(
        'Invalid filter value: a value does not fit the type of the field it filters.'
      );
    }
    throw error;
  }
};

export default filterValueErrors;
