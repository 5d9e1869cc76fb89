import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tmp/**',
      '**/.strapi/**',
      '**/build/**',
      '**/.astro/**',
      'site/.test-build-*/**',
      'site/.bench-*/**',
      'site/releases/**',
      'cms/types/generated/**',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    rules: {
      // set:html inserts its HTML unescaped: CMS text reaches pages only through Astro's escaping.
      'astro/no-set-html-directive': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Test bodies read JSON whose shape each assertion states; `any` keeps them short.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Strapi requires a plugin's server entry in CommonJS; this one only points at the compiled TypeScript.
    files: ['cms/src/plugins/*/strapi-server.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier
);
