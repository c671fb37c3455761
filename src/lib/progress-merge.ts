/**
 * Merges progress loaded from a file into the progress in this browser, per question and per
 * card: the newer state wins, and nothing is counted twice, so loading the same file twice
 * changes nothing.
 * - Questions: the attempt histories are joined (an attempt is the same attempt when it started
 *   at the same moment; the copy with more tries, or the finished one, is kept).
 * - Cards: the state with the later review wins. Two browsers that reviewed the same card keep
 *   the later review's schedule; the reviews are not added together.
 * - Practice scores are joined; the practice run started last is the current one.
 * - Settings: the ones changed last win. The seed stays this browser's.
 */
import type { Attempt } from './attempts';
import {
  KEPT_ATTEMPTS,
  KEPT_PRACTICE_SCORES,
  type Progress,
  type QuestionRecord,
  type StoredCard,
} from './progress';

export interface Newer {
  /** Questions whose latest attempt came from the file. */
  questions: number;
  /** Cards whose schedule came from the file. */
  cards: number;
  /** Practice scores that were only in the file. */
  practiceScores: number;
  settings: boolean;
}

const lastMoment = (attempt: Attempt) =>
  Math.max(attempt.startedAt, ...attempt.tries.map((t) => t.at));
/** Of two copies of one attempt, the one that got further. */
const further = (a: Attempt, b: Attempt) =>
  b.tries.length > a.tries.length ||
  (b.tries.length === a.tries.length && a.outcome === null && b.outcome !== null)
    ? b
    : a;

function mergeAttempts(
  local: QuestionRecord | undefined,
  incoming: QuestionRecord,
): QuestionRecord {
  const byStart = new Map<number, Attempt>();
  for (const attempt of [...(local?.attempts ?? []), ...incoming.attempts]) {
    const same = byStart.get(attempt.startedAt);
    byStart.set(attempt.startedAt, same ? further(same, attempt) : attempt);
  }
  const attempts = [...byStart.values()]
    .sort((a, b) => a.startedAt - b.startedAt || lastMoment(a) - lastMoment(b))
    .slice(-KEPT_ATTEMPTS);
  return { attempts };
}

const sameAttempt = (a: Attempt | undefined, b: Attempt | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);
const reviewedAt = (card: StoredCard | undefined) => card?.lastReview ?? -1;

export function mergeProgress(
  local: Progress,
  incoming: Progress,
): { merged: Progress; newer: Newer } {
  const newer: Newer = { questions: 0, cards: 0, practiceScores: 0, settings: false };

  const questions = { ...local.questions };
  for (const [id, record] of Object.entries(incoming.questions)) {
    const before = Object.hasOwn(local.questions, id) ? local.questions[id] : undefined;
    const merged = mergeAttempts(before, record);
    if (!sameAttempt(merged.attempts.at(-1), before?.attempts.at(-1))) newer.questions += 1;
    if (JSON.stringify(merged) !== JSON.stringify(before)) questions[id] = merged;
  }

  const cards = { ...local.cards };
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = Object.hasOwn(local.cards, id) ? local.cards[id] : undefined;
    if (reviewedAt(card) > reviewedAt(mine)) {
      cards[id] = card;
      newer.cards += 1;
    }
  }

  const known = new Set(local.practice.history.map((score) => score.startedAt));
  const added = incoming.practice.history.filter((score) => !known.has(score.startedAt));
  newer.practiceScores = added.length;
  const history = [...local.practice.history, ...added]
    .sort((a, b) => a.startedAt - b.startedAt)
    .slice(-KEPT_PRACTICE_SCORES);
  const [mine, theirs] = [local.practice.current, incoming.practice.current];
  const current = theirs && (!mine || theirs.startedAt > mine.startedAt) ? theirs : mine;

  newer.settings = incoming.settings.updatedAt > local.settings.updatedAt;
  const settings = newer.settings ? incoming.settings : local.settings;

  return {
    merged: { ...local, questions, cards, practice: { current, history }, settings },
    newer,
  };
}

/** What loading would change, one part per kind: ["14 answers", "22 card reviews"]. */
function newerParts({ questions, cards, practiceScores, settings }: Newer): string[] {
  const parts: string[] = [];
  const add = (count: number, one: string, many: string) => {
    if (count > 0) parts.push(`${count} ${count === 1 ? one : many}`);
  };
  add(questions, 'answer', 'answers');
  add(cards, 'card review', 'card reviews');
  add(practiceScores, 'practice score', 'practice scores');
  if (settings) parts.push('the settings');
  return parts;
}

const joined = (parts: string[]) =>
  parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** "14 answers and 22 card reviews", or undefined when nothing in the file is newer. */
export function listNewer(newer: Newer): string | undefined {
  const parts = newerParts(newer);
  return parts.length > 0 ? joined(parts) : undefined;
}

/** The same as a sentence: "In this file, 14 answers and 22 card reviews are newer than yours." */
export function describeNewer(newer: Newer): string | undefined {
  const parts = newerParts(newer);
  if (parts.length === 0) return undefined;
  const verb = parts.length === 1 && parts[0]!.startsWith('1 ') ? 'is' : 'are';
  return `In this file, ${joined(parts)} ${verb} newer than yours.`;
}
