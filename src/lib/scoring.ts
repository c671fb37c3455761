/**
 * Grades answers to self-check questions. Options are referred to by their index in
 * authored order, so grading does not depend on the order a learner saw them in.
 */

/** What grading needs from a question; matches the schema's output. */
export interface GradableQuestion {
  id: string;
  options: readonly { correct: boolean }[];
}

/** How one option came out: picked and right, picked and wrong, missed, or rightly left. */
export type OptionVerdict = 'correct-picked' | 'wrong-picked' | 'correct-missed' | 'wrong-skipped';

export interface Grade {
  /** True only when the picked set is exactly the set of correct options. */
  correct: boolean;
  /** Correct options picked, minus wrong ones picked, over the correct options; 0 to 1. */
  credit: number;
  verdicts: OptionVerdict[];
}

/** Returns true when a question has more than one correct option (checkboxes). */
export function isSelectAll(question: GradableQuestion): boolean {
  return question.options.filter((option) => option.correct).length > 1;
}

/** Grades the picked option indexes against a question. */
export function grade(question: GradableQuestion, picked: readonly number[]): Grade {
  const chosen = new Set(picked);
  const verdicts = question.options.map((option, index): OptionVerdict => {
    if (chosen.has(index)) return option.correct ? 'correct-picked' : 'wrong-picked';
    return option.correct ? 'correct-missed' : 'wrong-skipped';
  });
  const count = (verdict: OptionVerdict) => verdicts.filter((each) => each === verdict).length;
  const totalCorrect = question.options.filter((option) => option.correct).length;
  const hits = count('correct-picked');
  const falsePicks = count('wrong-picked');
  const credit = totalCorrect === 0 ? 0 : Math.max(0, (hits - falsePicks) / totalCorrect);
  return { correct: hits === totalCorrect && falsePicks === 0, credit, verdicts };
}

export interface Tally {
  total: number;
  answered: number;
  correct: number;
}

/** Counts answered and correct questions among `ids`, given stored results. */
export function tally(
  ids: readonly string[],
  results: Readonly<Record<string, { correct: boolean } | undefined>>,
): Tally {
  let answered = 0;
  let correct = 0;
  for (const id of ids) {
    const result = results[id];
    if (!result) continue;
    answered += 1;
    if (result.correct) correct += 1;
  }
  return { total: ids.length, answered, correct };
}

/** Formats a tally as "3 of 4 correct". */
export function scoreLabel({ total, correct }: Tally): string {
  return `${correct} of ${total} correct`;
}
