/**
 * Ties a chapter's questions and cards to its learning objectives, so that every objective is
 * checked and every check says what it is for (later, practice can be chosen by objective):
 * - objective ids are unique in the chapter;
 * - in a chapter with objectives, every published question and card names one of them;
 * - every objective is checked by at least one published question, because mastery per
 *   objective (src/lib/mastery.ts) is computed from those questions: an objective without one
 *   could never be practiced or mastered. Draft pages (`draft: true`, left out of the site) are
 *   spared this rule, so a chapter can be written one objective at a time.
 * Expects blocks that passed the schemas (src/course/validation.ts runs this).
 */
import type { ContentProblem } from './error';

interface Linked {
  id: string;
  objective?: string;
  draft?: boolean;
}

export function objectiveProblems(file: string, data: Record<string, unknown>): ContentProblem[] {
  const objectives = (data.objectives ?? []) as { id: string }[];
  if (objectives.length === 0) return [];
  const problems: ContentProblem[] = [];
  const ids = objectives.map((objective) => objective.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      problems.push({
        file,
        block: 'objectives',
        item: `"${id}"`,
        field: 'id',
        message: 'is used by two objectives. Give each objective its own id.',
      });
    }
  });

  const known = [...new Set(ids)].join(', ');
  for (const block of ['quiz', 'flashcards'] as const) {
    const items = ((data[block] ?? []) as Linked[]).filter((item) => !item.draft);
    for (const item of items) {
      const at = { file, block, item: `"${item.id}"`, field: 'objective' };
      if (item.objective === undefined) {
        problems.push({
          ...at,
          message: `is missing. Name the objective this checks: one of ${known}.`,
        });
      } else if (!ids.includes(item.objective)) {
        problems.push({
          ...at,
          message: `names "${item.objective}", which is not an objective of this chapter. Use one of ${known}.`,
        });
      }
    }
  }

  if (data.draft === true) return problems;
  const asked = new Set(
    ((data.quiz ?? []) as Linked[])
      .filter((question) => !question.draft)
      .map((question) => question.objective),
  );
  for (const id of new Set(ids)) {
    if (asked.has(id)) continue;
    problems.push({
      file,
      block: 'objectives',
      item: `"${id}"`,
      field: 'quiz',
      message: `has no published question. Add one to \`quiz\` with \`objective: ${id}\`, or remove the objective.`,
    });
  }

  return problems;
}
