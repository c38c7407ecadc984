import nx from '@nx/eslint-plugin';
import jest from 'eslint-plugin-jest';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

// Frameworks, ORMs and chart code the pure domain library must never import.
const notInDomain = [
  '@nestjs/*',
  '@apollo/*',
  'typeorm',
  'better-sqlite3',
  'pg',
  'vue',
  'vue-*',
  'echarts',
  'echarts/*',
  'express',
];

// Pure helpers may type their results with ECharts' option types, nothing more.
const notInUtil = notInDomain.filter((m) => !m.startsWith('echarts'));

const boundaries = {
  enforceBuildableLibDependency: true,
  allow: [],
  banTransitiveDependencies: true,
  depConstraints: [
    {
      sourceTag: 'type:domain',
      onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
      bannedExternalImports: notInDomain,
    },
    {
      sourceTag: 'type:util',
      onlyDependOnLibsWithTags: ['type:util', 'type:domain'],
      bannedExternalImports: notInUtil,
    },
    {
      sourceTag: 'type:ui',
      notDependOnLibsWithTags: ['type:data-access'],
    },
    {
      sourceTag: 'scope:shared',
      onlyDependOnLibsWithTags: ['scope:shared'],
    },
    {
      sourceTag: 'scope:api',
      onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
    },
    {
      sourceTag: 'scope:web',
      onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
    },
    {
      // End-to-end tests start the real server and drive the real dashboard.
      sourceTag: 'scope:e2e',
      onlyDependOnLibsWithTags: ['scope:web', 'scope:api', 'scope:shared'],
    },
    {
      sourceTag: 'scope:tools',
      // The load test asks what the dashboard asks (web-view-models' lists).
      onlyDependOnLibsWithTags: [
        'scope:tools',
        'scope:api',
        'scope:web',
        'scope:shared',
      ],
    },
    {
      sourceTag: 'scope:cli',
      onlyDependOnLibsWithTags: ['scope:cli', 'scope:api', 'scope:shared'],
    },
  ],
};

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      '**/coverage/**',
      '.nx/**',
      '**/generated/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.spec.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/no-focused-tests': 'error',
      'jest/valid-expect': 'error',
      'jest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expect*', 'fc.assert'] },
      ],
    },
  },
  ...vue.configs['flat/recommended'].map((c) => ({
    ...c,
    files: ['**/*.vue'],
  })),
  {
    // Components are thin; vue-tsc type-checks them, so no type-aware lint here.
    files: ['**/*.vue'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    languageOptions: {
      parserOptions: { parser: tseslint.parser, sourceType: 'module' },
    },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
];
