import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import checkFile from 'eslint-plugin-check-file';

// Imports flow app -> features -> shared; a feature never imports another feature (STYLE 2.7).
const features = ['audit', 'auth', 'banking', 'clients', 'invitations', 'mailbox', 'notifications', 'practice', 'team'];
const featureZones = features.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@/app/*'], message: 'features never import app' },
          {
            group: features.filter((f) => f !== feature).map((f) => `@/features/${f}/*`),
            message: 'features never import each other; compose them in app/routes',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // kebab-case files and folders (STYLE 2.4)
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'e2e/**/': 'KEBAB_CASE' }],
    },
  },
  ...featureZones,
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**', 'src/types/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*', '@/features/*'], message: 'shared code never imports app or features' }] },
      ],
    },
  },
);
