import type { StoredCard } from '../../src/lib/progress';

/** A card in review state, due at `due`, first graded at `introduced`. */
export function storedCard(due: number, introduced = 0): StoredCard {
  return {
    due,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: introduced,
    introduced,
  };
}
