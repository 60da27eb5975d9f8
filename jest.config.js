// Jest runs in ESM mode (NestJS 12 ships ES modules only); see package.json "test".
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@congvan/common/http$': '<rootDir>/libs/common/src/http.ts',
    '^@congvan/ocr/text$': '<rootDir>/libs/ocr/src/text.ts',
    '^@congvan/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testEnvironment: 'node',
};

export default {
  // Integration tests OCR real scans and start real servers.
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/libs/**/*.int-spec.ts',
        '<rootDir>/test/integration/**/*.int-spec.ts',
        '<rootDir>/test/e2e/**/*.e2e-spec.ts',
      ],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
