// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import FlashcardDeck from '../../src/components/islands/FlashcardDeck';
import type { CardView } from '../../src/lib/flashcard-view';
import { STORAGE_KEY } from '../../src/lib/progress-store';

const chapter = { id: 'responsible/demo', title: 'Demo', href: '/responsible/demo/' };
const card = (id: string, front: string, back: string): CardView => ({
  id,
  frontHtml: front,
  backHtml: back,
  review: { href: `/responsible/demo/#${id}`, title: front },
  chapter,
});
const cards = [
  card('overfitting', 'Overfitting', 'Fitting the training set so closely that new data suffers.'),
  card('dropout', 'Dropout', 'Switching random units off during training.'),
  card('weight-decay', 'Weight decay', 'A penalty that keeps weights small.'),
];

const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"cards":{}}').cards;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('FlashcardDeck', () => {
  test('returns one card at a time with a position counter', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    expect(await screen.findByText('Card 1 / 3')).toBeTruthy();
    expect(screen.getByText('Overfitting')).toBeTruthy();
    expect(screen.queryByText('Dropout')).toBeNull();
  });

  test('returns the back, announced, and a pressed flip button after flipping', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    const flip = await screen.findByRole('button', { name: 'Flip card' });
    expect(flip.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(flip);
    expect(flip.getAttribute('aria-pressed')).toBe('true');
    const announced = document.querySelector('[aria-live="polite"]');
    expect(announced?.textContent).toBe(`Answer: ${cards[0]!.backHtml}`);
  });

  test('returns grade buttons with next intervals and hints, and saves the grade', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Flip card' }));
    const good = await screen.findByRole('button', { name: /^Good · \d+ (min|h|d)/ });
    expect(good.textContent).toContain('Recalled it after a moment');
    fireEvent.click(good);
    await screen.findByText('Card 2 / 3');
    expect(saved().overfitting).toMatchObject({ reps: 1 });
  });

  test('returns grades from number keys and Good from Space on the back', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    const flip = await screen.findByRole('button', { name: 'Flip card' });
    fireEvent.keyDown(flip, { key: ' ' });
    fireEvent.keyDown(flip, { key: '1' });
    // Again: the card comes back at the end of this three-card session.
    await screen.findByText('Card 2 / 4');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Flip card' }), { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Flip card' }), { key: ' ' });
    await screen.findByText('Card 3 / 4');
    await waitFor(() => expect(Object.keys(saved())).toEqual(['overfitting', 'dropout']));
    expect(saved().overfitting.state).toBe(1);
  });

  test('keeps the keys working after a click on the card face, by focusing Flip card', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    const flip = await screen.findByRole('button', { name: 'Flip card' });
    fireEvent.click(screen.getByText('Overfitting'));
    expect(flip.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(flip);
    fireEvent.keyDown(document.activeElement!, { key: '3' });
    expect(await screen.findByText('Card 2 / 3')).toBeTruthy();
  });

  test('returns nothing for number keys typed in a field outside the deck', async () => {
    render(
      <>
        <input aria-label="Notes" />
        <FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Flip card' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Notes' }), { key: '3' });
    expect(screen.getByText('Card 1 / 3')).toBeTruthy();
  });

  test('returns nothing for shortcuts pressed with Ctrl, so browser keys keep working', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    const flip = await screen.findByRole('button', { name: 'Flip card' });
    fireEvent.keyDown(flip, { key: 'ArrowRight', ctrlKey: true });
    expect(screen.getByText('Card 1 / 3')).toBeTruthy();
    fireEvent.keyDown(flip, { key: 'ArrowRight' });
    expect(await screen.findByText('Card 2 / 3')).toBeTruthy();
  });

  test('brings a card graded Again back in the same session until it is recalled', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    const gradeWith = async (name: RegExp) => {
      fireEvent.click(await screen.findByRole('button', { name: 'Flip card' }));
      fireEvent.click(await screen.findByRole('button', { name }));
    };
    await gradeWith(/^Again/);
    await screen.findByText('Card 2 / 4');
    await gradeWith(/^Good/);
    await screen.findByText('Card 3 / 4');
    await gradeWith(/^Good/);
    await screen.findByText('Card 4 / 4');
    expect(screen.getByText('Overfitting')).toBeTruthy();
    await gradeWith(/^Again/);
    await screen.findByText('Card 5 / 5');
    expect(screen.getByText('Overfitting')).toBeTruthy();
    await gradeWith(/^Good/);
    expect(await screen.findByText('Session summary')).toBeTruthy();
  });

  test('returns a focused summary in a live region after the last card, and Start again', async () => {
    render(<FlashcardDeck cards={cards.slice(0, 1)} title="Key terms" reviewHref="/review/" />);
    const live = await waitFor(() => screen.getByRole('status'));
    expect(live.textContent).toBe('');
    fireEvent.click(await screen.findByRole('button', { name: 'Flip card' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Easy/ }));
    const heading = await screen.findByRole('heading', { name: 'Session summary' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(live.textContent).toContain('You recalled the card the first time.');
    expect(live.textContent).toContain('Easy: 1');
    expect(live.textContent).toMatch(/Next card due: in \d+ days? \(/);
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByText('Card 1 / 1')).toBeTruthy();
  });

  test('returns the summary when the learner ends the session early', async () => {
    render(<FlashcardDeck cards={cards} title="Key terms" reviewHref="/review/" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Flip card' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Again/ }));
    await screen.findByText('Card 2 / 4');
    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    const live = screen.getByRole('status');
    // What the summary says loads when the session ends (SessionSummary).
    await waitFor(() =>
      expect(live.textContent).toContain('No card recalled yet: you graded the card Again.'),
    );
    expect(live.textContent).toContain('Again: 1');
    expect(live.textContent).toMatch(/Next card due: in 1 minute \(/);
  });
});
