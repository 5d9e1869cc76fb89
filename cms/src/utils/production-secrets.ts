/** Secrets Strapi cannot run without. */
const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

/** Secrets of features that are off while unset, but must be real once set. */
const OPTIONAL_SECRETS = ['PREVIEW_SECRET', 'PREVIEW_API_TOKEN', 'DEPLOY_HOOK_SECRET'] as const;

const MIN_LENGTH = 16;

/** Values copied from templates and tutorials rather than generated. */
const EXAMPLE_VALUE =
  /tobemodified|changeme|change-me|replaceme|your-?secret|^(secret|example|test|password|x+)$/i;

export interface SecretProblem {
  name: string;
  problem: 'missing' | 'example' | 'short';
}

/** What is wrong with this installation's secrets, one entry per secret. */
export function findSecretProblems(env: Record<string, string | undefined>): SecretProblem[] {
  const problems: SecretProblem[] = [];
  for (const name of [...REQUIRED_SECRETS, ...OPTIONAL_SECRETS]) {
    const value = env[name]?.trim() ?? '';
    if (value === '') {
      if ((REQUIRED_SECRETS as readonly string[]).includes(name)) {
        problems.push({ name, problem: 'missing' });
      }
      continue;
    }
    // APP_KEYS holds several keys; each one must stand on its own.
    const parts = name === 'APP_KEYS' ? value.split(',').map((part) => part.trim()) : [value];
    if (parts.some((part) => EXAMPLE_VALUE.test(part))) problems.push({ name, problem: 'example' });
    else if (parts.some((part) => part.length < MIN_LENGTH))
      problems.push({ name, problem: 'short' });
  }
  return problems;
}

const DESCRIPTIONS: Record<SecretProblem['problem'], string> = {
  missing: 'not set',
  example: 'still an example value',
  short: `shorter than ${MIN_LENGTH} characters`,
};

/**
 * In production the CMS refuses to start with a missing, example or short secret, and says
 * which ones in a single message, so an operator fixes them all at once.
 */
export function assertProductionSecrets(env: Record<string, string | undefined>): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = findSecretProblems(env);
  if (problems.length === 0) return;
  throw new Error(
    [
      'The CMS will not start in production with these secrets:',
      ...problems.map(({ name, problem }) => `  - ${name}: ${DESCRIPTIONS[problem]}`),
      'Generate each one with "openssl rand -base64 32" (APP_KEYS takes several, comma-separated)',
      'and set it in the environment or in cms/.env. See .env.example.',
    ].join('\n')
  );
}
