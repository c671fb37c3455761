// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { PracticeHistory } from '../../src/components/islands/PracticeHistory';
import { emptyProgress, type PracticeScore } from '../../src/lib/progress';

afterEach(cleanup);

const score = (startedAt: number, extra: Partial<PracticeScore> = {}): PracticeScore => ({
  startedAt,
  endedAt: startedAt + 60_000,
  asked: 10,
  answered: 10,
  firstTry: 7,
  afterRetry: 1,
  ...extra,
});

describe('PracticeHistory', () => {
  test('lists scores newest first, and names a Practice for me set as one', () => {
    const progress = emptyProgress('s');
    progress.practice.history = [
      score(Date.UTC(2026, 10, 20, 12)),
      score(Date.UTC(2026, 10, 25, 12), { planned: true }),
    ];
    render(<PracticeHistory progress={progress} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Nov 25, 2026, Practice for me set: /);
    expect(items[1]).toMatch(/^Nov 20, 2026: /);
  });

  test('shows nothing before any practice', () => {
    const { container } = render(<PracticeHistory progress={emptyProgress('s')} />);
    expect(container.textContent).toBe('');
  });
});
