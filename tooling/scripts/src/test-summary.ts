// Adds up the JSON reports every test suite writes (Jest and Vitest share the format).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}

const WORKSPACE_DIRS = ['apps', 'packages', 'tooling'];

/** Finds `<workspace>/.reports/*.json` below the repository root. */
export function readReports(root: string): SuiteResult[] {
  const results: SuiteResult[] = [];
  for (const group of WORKSPACE_DIRS) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const workspace of readdirSync(groupDir)) {
      const reports = join(groupDir, workspace, '.reports');
      if (!existsSync(reports)) continue;
      for (const file of readdirSync(reports)
        .filter((name) => name.endsWith('.json'))
        .sort()) {
        const report = JSON.parse(readFileSync(join(reports, file), 'utf8'));
        results.push({
          suite: relative(root, join(reports, file))
            .replace('/.reports/', ' ')
            .replace(/\.json$/, ''),
          passed: report.numPassedTests ?? 0,
          failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
          skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
        });
      }
    }
  }
  return results;
}

export function totals(results: SuiteResult[]) {
  return results.reduce(
    (sum, r) => ({
      passed: sum.passed + r.passed,
      failed: sum.failed + r.failed,
      skipped: sum.skipped + r.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}
