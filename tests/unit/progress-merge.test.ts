import { describe, expect, test } from 'vitest';
import { addTry } from '../../src/lib/attempts';
import { emptyProgress, latestAttempt, saveAttempt, updateSettings } from '../../src/lib/progress';
import { progressFile, readProgressFile } from '../../src/lib/progress-file';
import { describeNewer, listNewer, mergeProgress } from '../../src/lib/progress-merge';
import { storedCard } from '../support/cards';

const right = (at: number) => addTry(undefined, { at, picked: [0], correct: true });
const wrong = (at: number) => addTry(undefined, { at, picked: [1], correct: false });
const reviewed = (at: number, reps: number) => ({
  ...storedCard(at + 1000, at),
  lastReview: at,
  reps,
});

const laptop = {
  ...saveAttempt(saveAttempt(emptyProgress('laptop'), 'a', right(10)), 'b', wrong(10)),
  cards: { shared: reviewed(100, 3), 'laptop-only': reviewed(50, 1) },
};
const phone = {
  ...saveAttempt(saveAttempt(emptyProgress('phone'), 'a', right(10)), 'b', right(30)),
  cards: { shared: reviewed(200, 3), 'phone-only': reviewed(60, 1) },
  practice: {
    current: null,
    history: [{ startedAt: 5, endedAt: 9, asked: 2, answered: 2, firstTry: 1, afterRetry: 0 }],
  },
};

describe('mergeProgress', () => {
  const { merged, newer } = mergeProgress(laptop, phone);

  test('returns every attempt from both, the latest one deciding each question', () => {
    expect(merged.questions.b?.attempts.map((attempt) => attempt.startedAt)).toEqual([10, 30]);
    expect(latestAttempt(merged, 'b')?.outcome).toBe('first-try');
    expect(merged.questions.a?.attempts).toHaveLength(1);
  });

  test('returns the later review of a card both browsers reviewed, without adding the reviews up', () => {
    expect(merged.cards.shared).toEqual(phone.cards.shared);
    expect(merged.cards.shared?.reps).toBe(3);
    expect(Object.keys(merged.cards).sort()).toEqual(['laptop-only', 'phone-only', 'shared']);
  });

  test('returns this browser’s seed and the scores only the file had', () => {
    expect(merged.seed).toBe('laptop');
    expect(merged.practice.history).toHaveLength(1);
  });

  test('returns what came from the file', () => {
    expect(newer).toEqual({ questions: 1, cards: 2, practiceScores: 1, settings: false });
    expect(describeNewer(newer)).toBe(
      'In this file, 1 answer, 2 card reviews and 1 practice score are newer than yours.',
    );
    expect(listNewer(newer)).toBe('1 answer, 2 card reviews and 1 practice score');
  });

  test('agrees the verb with what is newer', () => {
    const none = { questions: 0, cards: 0, practiceScores: 0, settings: false };
    expect(describeNewer({ ...none, questions: 1 })).toBe(
      'In this file, 1 answer is newer than yours.',
    );
    expect(describeNewer({ ...none, cards: 3 })).toBe(
      'In this file, 3 card reviews are newer than yours.',
    );
    expect(describeNewer({ ...none, settings: true })).toBe(
      'In this file, the settings are newer than yours.',
    );
  });

  test('changes nothing when the same file is loaded again', () => {
    const again = mergeProgress(merged, phone);
    expect(again.merged).toEqual(merged);
    expect(describeNewer(again.newer)).toBeUndefined();
  });

  test('keeps the settings changed last', () => {
    const changed = updateSettings(phone, { newCardsPerDay: 5 }, 99);
    expect(mergeProgress(laptop, changed).merged.settings.newCardsPerDay).toBe(5);
    expect(mergeProgress(changed, laptop).merged.settings.newCardsPerDay).toBe(5);
  });

  test('keeps the copy of an attempt that got further when both have it', () => {
    const open = saveAttempt(emptyProgress('x'), 'q', wrong(1));
    const finished = saveAttempt(
      emptyProgress('y'),
      'q',
      addTry(wrong(1), { at: 2, picked: [0], correct: true }),
    );
    expect(latestAttempt(mergeProgress(open, finished).merged, 'q')?.outcome).toBe('after-retry');
    expect(latestAttempt(mergeProgress(finished, open).merged, 'q')?.outcome).toBe('after-retry');
  });
});

describe('readProgressFile', () => {
  test('returns the progress of a downloaded file', () => {
    const read = readProgressFile(progressFile(laptop, 1).text);
    expect(read).toEqual({ ok: true, progress: laptop });
  });

  test.each([
    ['not JSON', '{oops', 'This is not a progress file from this course'],
    ['another JSON file', '{"name":"x"}', 'This is not a progress file from this course'],
    [
      'a file from a newer version',
      JSON.stringify({ format: 'fine-tuning-course/progress', progress: { version: 99 } }),
      'saved by a newer version of the course',
    ],
    [
      'a file of ours cut short',
      progressFile(laptop, 1).text.slice(0, 80),
      'This progress file is damaged',
    ],
    [
      'a damaged file',
      JSON.stringify({
        format: 'fine-tuning-course/progress',
        progress: { version: 3, questions: { q: 'x' } },
      }),
      'This progress file is damaged',
    ],
  ])('errors for %s, changing nothing', (_kind, text, message) => {
    const read = readProgressFile(text);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toContain(message);
  });
});
