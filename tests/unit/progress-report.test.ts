import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PROGRESS_KEY } from '../../src/lib/progress-key';

describe('ProgressReport.astro', () => {
  test('hides the new-learner view before paint under the key the progress store saves to', () => {
    // Its inline script cannot import the constant (it runs before any module), so it names it.
    const source = readFileSync(
      new URL('../../src/components/ProgressReport.astro', import.meta.url),
      'utf8',
    );
    expect(source).toContain(`localStorage.getItem('${PROGRESS_KEY}')`);
  });
});
