// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Sinks that turn strings into markup: page and user text must never reach them. */
const htmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'No innerHTML: build nodes and set textContent.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'No outerHTML: build nodes and set textContent.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

/** Browser APIs are reached through platform/ (thin typed wrappers); the background wires the rest itself. */
const browserOnlyInPlatform = {
  name: 'wxt/browser',
  message:
    'Call browser.* through platform/ (see ARCHITECTURE.md): only platform/ and entrypoints/background/ import it.',
};
/** The pure core and the shared components never reach up into an entrypoint. */
const noUpwardImports = {
  group: ['@/entrypoints/*', '**/entrypoints/**'],
  message: 'utils/ and components/ never import from entrypoints/: move what both need down into utils/.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'docs/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML: build nodes and set textContent.' },
        { property: 'outerHTML', message: 'No outerHTML.' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Async functions without await are how interfaces that return promises are implemented here.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    ignores: ['entrypoints/background/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [browserOnlyInPlatform] }] },
  },
  {
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [browserOnlyInPlatform], patterns: [noUpwardImports] }] },
  },
  {
    // Tests and scripts may poke at untyped browser and JSON values.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests compare loosely typed JSON values the way the shared scorer does (String(x)).
      '@typescript-eslint/no-base-to-string': 'off',
      // Tests build their own fixed fixture markup; page and user text never reaches these.
      'no-restricted-properties': 'off',
      'no-restricted-syntax': 'off',
      // Full-width spaces (U+3000) are real Chinese page text in fixtures.
      'no-irregular-whitespace': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
