import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'coverage/', 'var/', 'admin/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Formatting is Prettier's (checked by `prettier --check` in `npm run lint`); these rules only judge code.
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // A Zod refinement or transform that throws turns bad input into a 500 (issue 15): inside
      // them, use non-throwing checks (URL.canParse, safeParse, a try that adds an issue).
      'no-restricted-syntax': [
        'error',
        ...['refine', 'superRefine', 'transform', 'check'].flatMap((method) =>
          [
            ["NewExpression[callee.name='URL']", 'new URL() throws on bad input: use URL.canParse'],
            [
              "CallExpression[callee.object.name='JSON'][callee.property.name='parse']",
              'JSON.parse throws on bad input',
            ],
            ["CallExpression[callee.name='decodeURIComponent']", 'decodeURIComponent throws on bad input'],
            ["CallExpression[callee.name='BigInt']", 'BigInt() throws on bad input'],
          ].map(([inner, why]) => ({
            selector: `CallExpression[callee.property.name='${method}'] ${inner}`,
            message: `${why}; a throwing Zod .${method}() answers a 500 instead of a 400 naming the field.`,
          })),
        ),
      ],
    },
  },
  {
    // The organizer console runs in the browser.
    files: ['admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
