import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages link with plain <a>: every page is cached HTML, so a full navigation is cheap,
    // and it spares phones the client router's prefetch requests and the next/link chunk.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Tests read untyped JSON (structured data, feeds) and poke at it freely.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // CommonJS that Node loads as it is (next.config.js and what it requires).
    files: ['next.config.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: [
      '.next/**',
      'generated/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
];

export default config;
