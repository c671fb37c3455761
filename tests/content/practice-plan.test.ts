// "Practice for me" on the course's own chapters: the planner's rules hold on real content, not
// only on the small course in tests/support/plan.ts.
import { describe, expect, test } from 'vitest';
import { planChapters } from '../../src/lib/plan-chapters';
import { buildPracticeSet } from '../../src/lib/practice-plan';
import { emptyProgress } from '../../src/lib/progress';
import { ChapterSchema } from '../../src/schemas/chapter';
import { answer, DAY, START } from '../support/plan';
import { loadChapters } from '../support/course';

const chapters = planChapters(
  loadChapters().map(({ id, data }) => ({
    id,
    data: { title: data.title, ...ChapterSchema.parse(data) },
  })),
);
const first = chapters[0]!;

describe('buildPracticeSet on the course', () => {
  test('starts a new learner with ten questions from the first chapter onward', () => {
    const picks = buildPracticeSet(chapters, emptyProgress('seed'), { now: START, seed: 'a' });
    expect(picks).toHaveLength(10);
    expect(picks[0]).toMatchObject({
      id: first.questions[0]?.id,
      reason: { kind: 'new', chapterNumber: 1 },
    });
  });

  test('brings back an objective the learner always misses in every set for two weeks', () => {
    const missed = first.objectives[0]!.id;
    const isMissed = (id: string) =>
      first.questions.some((question) => question.id === id && question.objective === missed);
    let progress = emptyProgress('seed');
    for (let day = 0; day < 14; day += 1) {
      const at = START + day * DAY;
      const picks = buildPracticeSet(chapters, progress, { now: at, seed: `day-${day}` });
      expect(picks.filter(({ id }) => isMissed(id)).length, `day ${day}`).toBeGreaterThan(0);
      progress = picks.reduce(
        (next, { id }, index) =>
          answer(next, id, isMissed(id) ? 'wrong' : 'first-try', at + index * 60_000),
        progress,
      );
    }
  });
});
