import { describe, expect, test } from 'vitest';
import { clearAnswers, parseProgress, recordAnswer } from '../../src/lib/progress';
import { storedCard } from '../support/cards';

describe('parseProgress', () => {
  test('returns empty progress with a seed when nothing is stored', () => {
    const { progress, intact } = parseProgress(null);
    expect(intact).toBe(true);
    expect(progress.answers).toEqual({});
    expect(progress.seed).not.toBe('');
  });

  test('returns version 1 answers as an intact version 2 save', () => {
    const stored = {
      version: 1,
      seed: 's1',
      answers: { q: { picked: [1], correct: true, at: 5 } },
    };
    expect(parseProgress(JSON.stringify(stored))).toEqual({
      progress: {
        version: 2,
        seed: 's1',
        answers: stored.answers,
        cards: {},
        settings: { newCardsPerDay: 20 },
      },
      intact: true,
    });
  });

  test('returns stored cards and settings unchanged', () => {
    const card = storedCard(10, 5);
    const stored = {
      version: 2,
      seed: 's',
      answers: {},
      cards: { c: card },
      settings: { newCardsPerDay: 7 },
    };
    expect(parseProgress(JSON.stringify(stored))).toEqual({ progress: stored, intact: true });
  });

  test('returns the valid cards and a default limit from damaged card data', () => {
    const raw = JSON.stringify({
      version: 2,
      seed: 's',
      cards: { bad: { due: 'soon' }, worse: null },
      settings: { newCardsPerDay: -3 },
    });
    const { progress, intact } = parseProgress(raw);
    expect(intact).toBe(false);
    expect(progress.cards).toEqual({});
    expect(progress.settings.newCardsPerDay).toBe(20);
  });

  test('returns empty progress, not an exception, for garbage', () => {
    for (const garbage of ['{not json', '42', '[]', 'null', '"text"']) {
      const { progress, intact } = parseProgress(garbage);
      expect(intact).toBe(false);
      expect(progress.answers).toEqual({});
    }
  });

  test('returns the valid answers from partly damaged data', () => {
    const raw = JSON.stringify({
      version: 1,
      seed: 's',
      answers: { good: { picked: [0], correct: true, at: 1 }, bad: 'oops', worse: { picked: [] } },
    });
    const { progress, intact } = parseProgress(raw);
    expect(intact).toBe(false);
    expect(Object.keys(progress.answers)).toEqual(['good']);
  });

  test('returns answers from data saved before versions existed', () => {
    const raw = JSON.stringify({ answers: { q: { picked: [2], correct: false, at: 9 } } });
    expect(parseProgress(raw).progress.answers.q).toEqual({ picked: [2], correct: false, at: 9 });
  });
});

describe('clearAnswers', () => {
  test('returns progress without the given answers, or without any', () => {
    let progress = parseProgress(null).progress;
    progress = recordAnswer(progress, 'a', [0], true, 1);
    progress = recordAnswer(progress, 'b', [1], false, 2);
    expect(Object.keys(clearAnswers(progress, ['a']).answers)).toEqual(['b']);
    expect(clearAnswers(progress).answers).toEqual({});
    expect(clearAnswers(progress).seed).toBe(progress.seed);
  });
});
