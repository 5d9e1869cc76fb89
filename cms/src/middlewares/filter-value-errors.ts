import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** How Strapi's database layer says a filter value cannot be cast to its column's type. */
const CAST_FAILURE = /^Expected a valid (Number|BigInteger), got /;

/**
 * `?filters[number][$eq]=abc` makes Strapi's query builder throw a plain Error, which
 * answers 500 and logs a stack trace per request. It is the client's mistake (or probe):
 * answer 400 with the reason, like every other invalid filter.
 */
const filterValueErrors: Core.MiddlewareFactory = () => async (_ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (error instanceof Error && CAST_FAILURE.test(error.message)) {
      throw new errors.ValidationError(
        `Invalid filter value: ${error.message.replace(CAST_FAILURE, 'expected a $1, got ')}`
      );
    }
    throw error;
  }
};

export default filterValueErrors;
