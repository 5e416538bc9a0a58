#!/usr/bin/env node
// A larger run of the OpenAPI fuzz test (test/e2e/fuzz.e2e.test.ts) than the suite's:
//   npm run fuzz -- --runs 20000 [--seed 42]
// Same server, same checks; only the number of requests and the seed change.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string', default: String(Date.now() % 1e9) } },
});
console.log(`fuzz: ${values.runs} requests, seed ${values.seed} (FUZZ_SEED=${values.seed} reproduces this run)`);
const result = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--selectProjects',
    'e2e',
    '--testPathPatterns',
    'test/e2e/fuzz\\.e2e',
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: values.runs, FUZZ_SEED: values.seed } },
);
process.exit(result.status ?? 1);
