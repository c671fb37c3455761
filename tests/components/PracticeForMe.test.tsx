// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ForMeButton, ForMeMessage, SetSummary } from '../../src/components/islands/PracticeForMe';

afterEach(cleanup);

describe('ForMeButton', () => {
  test('is a button described by the line that says what it does', () => {
    render(<ForMeButton onStart={() => {}} />);
    const button = screen.getByRole('button', { name: 'Practice for me' });
    const help = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toMatch(/^About 10 questions picked from your answers/);
  });
});

describe('ForMeMessage', () => {
  const props = { status: 'idle', failed: false, onRetry: () => {}, onFullTest: () => {} } as const;

  test('says nothing until a press is waiting', () => {
    const { container } = render(<ForMeMessage {...props} />);
    expect(container.textContent).toBe('');
  });

  test('alerts that the plan did not load, with Try again', () => {
    const onRetry = vi.fn();
    render(<ForMeMessage {...props} status="planning" failed onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toMatch(/practice plan did not load/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  test('says when nothing needs practice, and offers the full practice test', () => {
    const onFullTest = vi.fn();
    render(<ForMeMessage {...props} status="empty" onFullTest={onFullTest} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Nothing needs practice right now/);
    fireEvent.click(screen.getByRole('button', { name: 'Start the full practice test' }));
    expect(onFullTest).toHaveBeenCalledOnce();
  });
});

describe('SetSummary', () => {
  const outcome = {
    changes: ['Do alpha: up from Attempted to Proficient'],
    nextDue: 'The next questions are due in 3 days.',
  };

  test('keeps an empty live region while the set is under way', () => {
    render(<SetSummary finished={false} outcome={outcome} onStart={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('says what moved and when questions are due, with a way to start another set', () => {
    const onStart = vi.fn();
    render(<SetSummary finished outcome={outcome} onStart={onStart} />);
    const region = screen.getByRole('status');
    expect(region.querySelector('h3')?.textContent).toBe('What moved');
    expect(region.textContent).toContain('Do alpha: up from Attempted to Proficient');
    expect(region.textContent).toContain('The next questions are due in 3 days.');
    fireEvent.click(screen.getByRole('button', { name: 'Start another set' }));
    expect(onStart).toHaveBeenCalledOnce();
  });

  test('says when no objective changed level', () => {
    render(<SetSummary finished outcome={{ ...outcome, changes: [] }} onStart={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('No objective changed level');
  });
});
