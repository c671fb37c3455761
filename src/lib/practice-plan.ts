/**
 * "Practice for me": a short set of questions planned for one learner from their progress, the
 * date and a seed, with no request anywhere. Questions are taken in this order, never twice:
 *
 *   1. due questions (question-schedule.ts), most overdue first, leaving WEAK_PLACES places
 *      when the weakest objectives have questions to offer, so that a learner who keeps missing
 *      one objective meets it in every set even when many questions are due;
 *   2. the weakest objectives (mastery.ts), in turns, at most PER_WEAK_OBJECTIVE each: their
 *      questions last missed (most recent first), then their questions never seen;
 *   3. the rest of the due questions, then the weakest objectives' remaining turns;
 *   4. questions never seen from chapters already started (a finished attempt or a graded
 *      card), in turns across those chapters, in authored order;
 *   5. if there is still room, never-seen questions from the next chapters in reading order:
 *      with no history at all, the set is the first chapter's questions.
 * The set lists due picks first, then weak ones, then new ones. Questions right the first time
 * and not due yet are never picked: FSRS says they are not worth the learner's time today, and
 * this is how a mastered objective stays away until it is due.
 */
import { courseMastery, weakestObjectives, type MasteryLevel } from './mastery';
import { keyOf, type PlanChapter } from './plan-chapters';
import type { Progress } from './progress';
import { dueQuestions, questionSchedules } from './question-schedule';
import { resultsOf, type Result } from './results';
import { stableOrder } from './shuffle';

export const SET_SIZE = 10;
/** Places kept for the weakest objectives while questions are due. */
export const WEAK_PLACES = 3;
/** Questions one weak objective may take in a set, so that weak objectives share it. */
export const PER_WEAK_OBJECTIVE = 3;

/** Why a question is in the set; practice-plan-text.ts turns it into words. */
export type PickReason =
  | { kind: 'due'; last: Result }
  | { kind: 'weak'; level: MasteryLevel; objective: string; last: Result | undefined }
  | { kind: 'new'; chapterNumber: number; chapterTitle: string };

export interface Pick {
  id: string;
  chapterId: string;
  /** Undefined only in a chapter without objectives. */
  objectiveKey: string | undefined;
  reason: PickReason;
}

export interface PlanOptions {
  now: number;
  /** Breaks ties, e.g. the learner's seed and the set's start time. */
  seed: string;
  size?: number;
}

const KIND_ORDER = { due: 0, weak: 1, new: 2 } as const;

/** Takes from each list in turn, skipping taken ids, until `room` or `cap` per list runs out. */
function inTurns(
  lists: readonly string[][],
  taken: ReadonlySet<string>,
  room: number,
  cap = Infinity,
) {
  const chosen: string[] = [];
  const counts = lists.map(() => 0);
  const cursors = lists.map(() => 0);
  let progressed = true;
  while (chosen.length < room && progressed) {
    progressed = false;
    lists.forEach((list, index) => {
      if (chosen.length >= room || (counts[index] ?? 0) >= cap) return;
      let cursor = cursors[index] ?? 0;
      while (cursor < list.length && taken.has(list[cursor] ?? '')) cursor += 1;
      const id = list[cursor];
      cursors[index] = cursor + 1;
      if (id === undefined || chosen.includes(id)) return;
      chosen.push(id);
      counts[index] = (counts[index] ?? 0) + 1;
      progressed = true;
    });
  }
  return chosen;
}

/** Plans a "Practice for me" set. */
export function buildPracticeSet(
  chapters: readonly PlanChapter[],
  progress: Progress,
  { now, seed, size = SET_SIZE }: PlanOptions,
): Pick[] {
  const questions = chapters.flatMap((chapter) =>
    chapter.questions.map((question) => ({ ...question, chapter })),
  );
  const byId = new Map(questions.map((question) => [question.id, question]));
  const results = new Map(questions.map(({ id }) => [id, resultsOf(progress, id)]));
  const resultOf = (id: string) => results.get(id) ?? [];
  const seen = (id: string) => resultOf(id).length > 0;
  const missed = (id: string) => seen(id) && resultOf(id).at(-1)?.outcome !== 'first-try';

  const ids = questions.map(({ id }) => id);
  const tieOrder = stableOrder(ids.length, seed, 'practice-for-me').map((index) => ids[index]!);
  const due = dueQuestions(tieOrder, questionSchedules(progress, ids), now);

  const weak = weakestObjectives(courseMastery(chapters, resultOf));
  const weakLists = weak.map(({ key }) => {
    const own = questions.filter(
      (question) => keyOf(question.chapter.id, question.objective) === key,
    );
    const lastMissed = own
      .filter(({ id }) => missed(id))
      .sort((a, b) => (resultOf(b.id).at(-1)?.at ?? 0) - (resultOf(a.id).at(-1)?.at ?? 0));
    return [...lastMissed, ...own.filter(({ id }) => !seen(id))].map(({ id }) => id);
  });
  const weakOf = new Map(weak.map((objective) => [objective.key, objective]));

  const reasons = new Map<string, PickReason>();
  const take = (chosen: readonly string[], reason: (id: string) => PickReason) => {
    for (const id of chosen) reasons.set(id, reason(id));
  };
  const taken = () => new Set(reasons.keys());
  const room = () => size - reasons.size;
  const dueReason = (id: string): PickReason => ({ kind: 'due', last: resultOf(id).at(-1)! });
  const weakReason = (id: string): PickReason => {
    const question = byId.get(id)!;
    const objective = weakOf.get(keyOf(question.chapter.id, question.objective) ?? '')!;
    const last = resultOf(id).at(-1);
    return { kind: 'weak', level: objective.level, objective: objective.text, last };
  };
  const weakCount = new Set(weakLists.flat()).size;
  const reserve = Math.min(WEAK_PLACES, weakCount);

  take(inTurns([due], taken(), size - reserve), dueReason);
  // The weak turns are planned once, so the cap per objective holds across both steps.
  const weakPlan = inTurns(weakLists, taken(), room(), PER_WEAK_OBJECTIVE);
  take(weakPlan.slice(0, reserve), weakReason);
  take(inTurns([due], taken(), room()), dueReason);
  take(weakPlan.filter((id) => !reasons.has(id)).slice(0, room()), weakReason);

  const started = chapters.filter(
    (chapter) =>
      chapter.questions.some(({ id }) => seen(id)) ||
      chapter.cards.some(({ id }) => Object.hasOwn(progress.cards, id)),
  );
  const unseen = (chapter: PlanChapter) =>
    chapter.questions.map(({ id }) => id).filter((id) => !seen(id));
  const newReason = (id: string): PickReason => {
    const { chapter } = byId.get(id)!;
    return { kind: 'new', chapterNumber: chapter.number, chapterTitle: chapter.title };
  };
  take(inTurns(started.map(unseen), taken(), room()), newReason);
  const later = chapters.filter((chapter) => !started.includes(chapter));
  take(inTurns([later.flatMap(unseen)], taken(), room()), newReason);

  return [...reasons.entries()]
    .map(([id, reason]) => {
      const question = byId.get(id)!;
      return {
        id,
        chapterId: question.chapter.id,
        objectiveKey: keyOf(question.chapter.id, question.objective),
        reason,
      };
    })
    .sort((a, b) => KIND_ORDER[a.reason.kind] - KIND_ORDER[b.reason.kind]);
}
