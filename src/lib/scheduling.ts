/**
 * Spaced-repetition scheduling with FSRS, through ts-fsrs, for cards and for questions. This is
 * the only module that imports ts-fsrs; islands load it on demand (the first time a card is
 * flipped) so the scheduler does not weigh on page load. Dates cross this boundary as numbers.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { GRADES, type GradeName } from './grades';
import type { StoredCard } from './progress';

export { GRADES, type GradeName };

const RATINGS: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz spreads due dates randomly; without it, intervals are reproducible and testable.
const scheduler = fsrs({ enable_fuzz: false });
// Questions skip FSRS's short-term steps (1 and 10 minutes): an attempt is one considered go,
// not a drill, and asking the same question again ten minutes later tests short-term memory
// only. Without the steps FSRS spaces questions in whole days (question-schedule.ts).
const questionScheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toCard(stored: StoredCard | undefined, now: number): Card {
  if (!stored) return createEmptyCard(new Date(now));
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview === null ? {} : { last_review: new Date(stored.lastReview) }),
  };
}

function toStored(card: Card, introduced: number): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    lastReview: card.last_review ? card.last_review.getTime() : null,
    introduced,
  };
}

/** Returns the card's state after the learner grades it at `now`. */
export function gradeCard(
  stored: StoredCard | undefined,
  grade: GradeName,
  now: number,
): StoredCard {
  const { card } = scheduler.next(toCard(stored, now), new Date(now), RATINGS[grade]);
  return toStored(card, stored?.introduced ?? now);
}

/** Returns a question's state after an attempt graded `grade` at `now` (whole-day intervals). */
export function gradeQuestion(
  stored: StoredCard | undefined,
  grade: GradeName,
  now: number,
): StoredCard {
  const { card } = questionScheduler.next(toCard(stored, now), new Date(now), RATINGS[grade]);
  return toStored(card, stored?.introduced ?? now);
}

/** Returns, for each grade, how long until the card would be due again. */
export function previewIntervals(
  stored: StoredCard | undefined,
  now: number,
): Record<GradeName, number> {
  const preview = scheduler.repeat(toCard(stored, now), new Date(now));
  const wait = (grade: GradeName) => preview[RATINGS[grade]].card.due.getTime() - now;
  return { again: wait('again'), hard: wait('hard'), good: wait('good'), easy: wait('easy') };
}
