import { assertProductionSecrets } from './production-secrets';

/**
 * A setting Strapi cannot start without. `npm start` generates cms/.env on first run;
 * anyone starting Strapi another way learns here what is missing and where to find it.
 * In production the first secret read checks every secret, so one message names them all.
 */
export function requiredEnv<T>(value: T | undefined, name: string): T {
  assertProductionSecrets(process.env);
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    throw new Error(
      `${name} is not set. Run "npm start" once to generate cms/.env, or copy the variables from .env.example.`
    );
  }
  return value;
}
