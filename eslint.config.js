import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Jest loads these through default exports.
    files: ['test/setup/global-*.ts', 'jest.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Engine libraries are pure: no database, no HTTP framework, no environment.
    files: [
      'libs/edxml/src/**/*.ts',
      'libs/extraction/src/**/*.ts',
      'libs/ocr/src/**/*.ts',
      'libs/rendering/src/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typeorm', '@nestjs/*', '@congvan/db', '@congvan/jobs'],
              message: 'Engine libraries stay free of the database and Nest.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Engine libraries take configuration as parameters.' },
      ],
    },
  },
);
