/**
 * Grades answers to self-check questions. Options are referred to by their index in
 * authored order, so grading does not depend on the order a learner saw them in.
 */
/**
 * What grading needs from a question: its options, in authored order, or in display order
 * with each option's authored `index`.
 */
export interface GradableQuestion {
  options: readonly { correct: boolean; index?: number }[];
}

/** How one option came out: picked and right, picked and wrong, missed, or rightly left. */
export type OptionVerdict = 'correct-picked' | 'wrong-picked' | 'correct-missed' | 'wrong-skipped';

export interface Grade {
  /** True only when the picked set is exactly the set of correct options. */
  correct: boolean;
  /** Correct options picked, minus wrong ones picked, over the correct options; 0 to 1. */
  credit: number;
  /** Each option's verdict, by authored index. */
  verdicts: OptionVerdict[];
}

/** Returns true when a question has more than one correct option (checkboxes). */
export function isSelectAll(question: GradableQuestion): boolean {
  return question.options.filter((option) => option.correct).length > 1;
}

/** Grades the picked option indexes against a question. */
export function grade(question: GradableQuestion, picked: readonly number[]): Grade {
  const chosen = new Set(picked);
  const verdicts: OptionVerdict[] = [];
  question.options.forEach((option, position) => {
    const index = option.index ?? position;
    if (chosen.has(index)) verdicts[index] = option.correct ? 'correct-picked' : 'wrong-picked';
    else verdicts[index] = option.correct ? 'correct-missed' : 'wrong-skipped';
  });
  const count = (verdict: OptionVerdict) => verdicts.filter((each) => each === verdict).length;
  const totalCorrect = question.options.filter((option) => option.correct).length;
  const hits = count('correct-picked');
  const falsePicks = count('wrong-picked');
  const credit = totalCorrect === 0 ? 0 : Math.max(0, (hits - falsePicks) / totalCorrect);
  return { correct: hits === totalCorrect && falsePicks === 0, credit, verdicts };
}
