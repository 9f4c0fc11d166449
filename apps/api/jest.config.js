// Two projects: unit tests beside the code, and API tests that boot the real app on a real PostgreSQL.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@cloudhub/permissions$': '<rootDir>/../../libs/permissions/src/index.ts',
    '^@cloudhub/password-policy$': '<rootDir>/../../libs/password-policy/src/index.ts',
    '^@cloudhub/plain-text$': '<rootDir>/../../libs/plain-text/src/index.ts',
    '^@cloudhub/validation-limits$': '<rootDir>/../../libs/validation-limits/src/index.ts',
  },
};

module.exports = {
  // API and process tests wait for real e-mail delivery and real processes.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'api:unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    // Rules whose truth is in SQL: a test beside the rule's file, on the run's real PostgreSQL (`*.db-spec.ts`).
    {
      ...shared,
      displayName: 'api:http',
      testMatch: ['<rootDir>/test/**/*.api-spec.ts', '<rootDir>/src/**/*.db-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    // Runs the built server as a process (`npx nx run api:build` first): start, restart, crash, second instance.
    {
      ...shared,
      displayName: 'api:process',
      testMatch: ['<rootDir>/test/process/**/*.process-spec.ts'],
      testTimeout: 90_000,
    },
  ],
};
