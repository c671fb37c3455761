// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { WeakCardsNotice } from '../../src/components/islands/WeakCardsNotice';
import { emptyProgress } from '../../src/lib/progress';
import { COURSE } from '../support/plan';

afterEach(cleanup);

describe('WeakCardsNotice', () => {
  const props = { picks: [], progress: emptyProgress('s'), onRetry: vi.fn(), onDueCards: vi.fn() };

  test('offers Try again and a way back when the plan could not load', () => {
    render(<WeakCardsNotice {...props} plan={{ state: 'failed' }} />);
    expect(screen.getByText(/^Your objectives could not load/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Back to due cards' }));
    expect(props.onDueCards).toHaveBeenCalledOnce();
  });

  test('says why there are no cards, and names the objectives when there are', () => {
    const { rerender } = render(
      <WeakCardsNotice {...props} plan={{ state: 'ready', data: COURSE }} />,
    );
    expect(screen.getByText(/^No weak objectives yet: answer some questions first/)).toBeTruthy();
    const picks = [{ id: 'beta-card', objectiveKey: 'part/one#beta', objective: 'Do beta' }];
    rerender(<WeakCardsNotice {...props} picks={picks} plan={{ state: 'ready', data: COURSE }} />);
    expect(screen.getByRole('listitem').textContent).toBe('Do beta (Chapter part/one, 1 card)');
  });
});
