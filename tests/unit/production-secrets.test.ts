import { describe, expect, it } from 'vitest';
import {
  assertProductionSecrets,
  findSecretProblems,
} from '../../cms/src/utils/production-secrets.ts';

const strong = (seed: string) => `${seed}-Zq8vT3kP9xLm2Rw7`;
const goodEnv = {
  APP_KEYS: [strong('a'), strong('b')].join(','),
  API_TOKEN_SALT: strong('salt'),
  ADMIN_JWT_SECRET: strong('admin'),
  TRANSFER_TOKEN_SALT: strong('transfer'),
  JWT_SECRET: strong('jwt'),
  ENCRYPTION_KEY: strong('encryption'),
};

describe('findSecretProblems', () => {
  it('finds nothing wrong with generated secrets and unset optional ones', () => {
    expect(findSecretProblems(goodEnv)).toEqual([]);
  });

  it('names each missing, example or short secret once', () => {
    expect(
      findSecretProblems({
        ...goodEnv,
        ADMIN_JWT_SECRET: '  ',
        JWT_SECRET: 'tobemodified',
        APP_KEYS: `${strong('a')},toBeModified2`,
        API_TOKEN_SALT: 'short',
        PREVIEW_SECRET: 'changeme',
      })
    ).toEqual([
      { name: 'APP_KEYS', problem: 'example' },
      { name: 'API_TOKEN_SALT', problem: 'short' },
      { name: 'ADMIN_JWT_SECRET', problem: 'missing' },
      { name: 'JWT_SECRET', problem: 'example' },
      { name: 'PREVIEW_SECRET', problem: 'example' },
    ]);
  });
});

describe('assertProductionSecrets', () => {
  it('only checks in production', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertProductionSecrets({ ...goodEnv, NODE_ENV: 'production' })).not.toThrow();
  });

  it('refuses production with one message listing every problem', () => {
    expect(() =>
      assertProductionSecrets({
        ...goodEnv,
        NODE_ENV: 'production',
        JWT_SECRET: '',
        ENCRYPTION_KEY: 'secret',
      })
    ).toThrow(/JWT_SECRET: not set\n {2}- ENCRYPTION_KEY: still an example value/);
  });
});
