/**
 * What a question card needs to ask a numeric question: the answer box, and reading and grading
 * what was typed. Islands import it only when they have a numeric question (NumericQuizIsland,
 * the practice test), so chapters without one do not download it.
 */
import { gradeNumber, parseNumber } from '../../lib/numeric';
import { NumberAnswer, NumberFeedback } from './NumberAnswer';

export const numericKit = {
  Input: NumberAnswer,
  Feedback: NumberFeedback,
  read: parseNumber,
  grade: gradeNumber,
};

export type NumericKit = typeof numericKit;
