/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile file by file (fast); npm run typecheck checks types.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 120000,
  // Both cores of the CI machine: jest's default (cores - 1) runs everything in one process here.
  maxWorkers: 2,
};
