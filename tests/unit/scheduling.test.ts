import { describe, expect, test } from 'vitest';
import { gradeCard, previewIntervals } from '../../src/lib/scheduling';

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 26, 9, 0, 0);

describe('gradeCard', () => {
  test('returns a learning card due within minutes when a new card is graded Again', () => {
    const card = gradeCard(undefined, 'again', start);
    expect(card.state).toBe(1);
    expect(card.reps).toBe(1);
    expect(card.due - start).toBeLessThanOrEqual(10 * 60_000);
    expect(card.introduced).toBe(start);
    expect(card.lastReview).toBe(start);
  });

  test('returns ever longer intervals when a card is graded Good over several days', () => {
    let now = start;
    let card = gradeCard(undefined, 'good', now);
    const waits: number[] = [];
    for (let review = 0; review < 5; review += 1) {
      now = Math.max(now, card.due);
      card = gradeCard(card, 'good', now);
      waits.push(card.due - now);
    }
    expect(card.state).toBe(2);
    for (let index = 1; index < waits.length; index += 1) {
      expect(waits[index]).toBeGreaterThan(waits[index - 1] ?? 0);
    }
    expect(waits.at(-1)).toBeGreaterThan(7 * DAY);
    expect(card.introduced).toBe(start);
  });

  test('returns a relearning card with one lapse when a learned card is graded Again', () => {
    let card = gradeCard(undefined, 'good', start);
    card = gradeCard(card, 'good', card.due);
    const forgotten = gradeCard(card, 'again', card.due + DAY);
    expect(forgotten.lapses).toBe(1);
    expect(forgotten.state).toBe(3);
    expect(forgotten.due).toBeLessThan(card.due + 2 * DAY);
  });
});

describe('previewIntervals', () => {
  test('returns waits that grow from Again to Easy', () => {
    const waits = previewIntervals(undefined, start);
    expect(waits.again).toBeLessThan(waits.hard);
    expect(waits.hard).toBeLessThanOrEqual(waits.good);
    expect(waits.good).toBeLessThan(waits.easy);
  });

  test('returns the same wait that grading then schedules', () => {
    const waits = previewIntervals(undefined, start);
    expect(gradeCard(undefined, 'easy', start).due - start).toBe(waits.easy);
  });
});
