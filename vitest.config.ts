import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Reporter, TestModule } from 'vitest/node';

/** Ends the run with a plain `Tests: N passed, N failed` line that any CI can read. */
const plainSummary: Reporter = {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  },
};

// Snapshots the tests make go to a temporary folder, not the project's .cache/.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A limit for a test that hangs, not a measure: a busy 2-core machine may take a while to build a story.
    testTimeout: 90_000,
    reporters: ['default', plainSummary],
    env: { BYLINE_CACHE_DIR: join(tmpdir(), `byline-test-cache-${process.pid}`) },
  },
});
