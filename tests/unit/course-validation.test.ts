import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/course/error';
import { countDrafts, validateCourse, type CourseFile } from '../../src/course/validation';
import { loadCourseFiles, readCourseFile } from '../support/course';

/** Reads fixtures from tests/fixtures/<folder>/ as Astro reads chapters. */
function fixture(folder: string, names: string[]): CourseFile[] {
  return names.map((name) => ({
    ...readCourseFile(fileURLToPath(new URL(`../fixtures/${folder}/${name}`, import.meta.url))),
    file: `fixtures/${folder}/${name}`,
  }));
}

const report = (...names: string[]) => validateCourse(fixture('quiz', names)).map(formatProblem);
const reportCards = (...names: string[]) =>
  validateCourse(fixture('flashcards', names)).map(formatProblem);

describe('validateCourse', () => {
  test('returns no problems for a valid chapter', () => {
    expect(report('valid.mdx')).toEqual([]);
  });

  test('errors if question text holds raw HTML, naming the field and the fix', () => {
    expect(report('raw-html.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/raw-html.mdx › quiz › "html-in-why" › options[1].why: contains raw HTML (\`<img src=x onerror=alert(1)>\`). Write Markdown instead: **strong**, *emphasis*, \`code\` or [text](https://…).",
      ]
    `);
  });

  test('errors if question text links to an unsafe address', () => {
    expect(report('unsafe-link.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/unsafe-link.mdx › quiz › "javascript-link" › prompt: links to "javascript:alert(1)", which is not an http:, https:, mailto: or site (/…) address. Write Markdown instead: **strong**, *emphasis*, \`code\` or [text](https://…).",
      ]
    `);
  });

  test('errors if card text holds raw HTML or an unsafe link', () => {
    expect(reportCards('raw-html.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/flashcards/raw-html.mdx › flashcards › "html-card" › front: contains raw HTML (\`<b>\`). Write Markdown instead: **strong**, *emphasis*, \`code\` or [text](https://…).",
        "fixtures/flashcards/raw-html.mdx › flashcards › "html-card" › front: contains raw HTML (\`</b>\`). Write Markdown instead: **strong**, *emphasis*, \`code\` or [text](https://…).",
        "fixtures/flashcards/raw-html.mdx › flashcards › "html-card" › back: links to "data:text/html,hi", which is not an http:, https:, mailto: or site (/…) address. Write Markdown instead: **strong**, *emphasis*, \`code\` or [text](https://…).",
      ]
    `);
  });

  test('errors if an id is a number, a date or a reserved name, saying to quote or rename it', () => {
    expect(report('unquoted-ids.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/unquoted-ids.mdx › quiz › #1 › id: is read as a number, but ids are text. Quote it, e.g. \`id: "404"\`.",
        "fixtures/quiz/unquoted-ids.mdx › quiz › #2 › id: is read as a date, but ids are text. Quote it, e.g. \`id: "2024-01-01"\`.",
        "fixtures/quiz/unquoted-ids.mdx › quiz › "constructor" › id: "constructor" is reserved in JavaScript. Choose another id, e.g. "constructor-question".",
      ]
    `);
  });

  test('errors if `teaches` names a heading inside an MDX comment or a code block', () => {
    expect(report('anchor-in-comment.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/anchor-in-comment.mdx › quiz › "hidden-heading" › teaches: points to "#hidden-in-a-comment", but no heading in this chapter has that anchor. Use one of: #real-heading.",
        "fixtures/quiz/anchor-in-comment.mdx › quiz › "heading-in-code" › teaches: points to "#in-a-code-block", but no heading in this chapter has that anchor. Use one of: #real-heading.",
      ]
    `);
  });

  test('checks a chapter that starts with a byte-order mark', () => {
    expect(report('bom.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/bom.mdx › quiz › "after-a-bom" › options: has 1 option(s). Add at least 2 so there is a real choice.",
      ]
    `);
  });

  test('errors if a question has fewer than 2 options', () => {
    expect(report('one-option.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/one-option.mdx › quiz › "lonely-option" › options: has 1 option(s). Add at least 2 so there is a real choice.",
      ]
    `);
  });

  test('errors if no option is correct', () => {
    expect(report('no-correct.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/no-correct.mdx › quiz › "nothing-is-right" › options: has no correct option. Mark the right answer with \`correct: true\`.",
      ]
    `);
  });

  test('errors if two options have the same text', () => {
    expect(report('duplicate-option.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/duplicate-option.mdx › quiz › "echo-options" › options[2].text: repeats the option "dropout". Make every option text different.",
      ]
    `);
  });

  test('errors if an option has no why', () => {
    expect(report('missing-why.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/missing-why.mdx › quiz › "no-explanation" › options[1].why: Every option needs a \`why\`: one sentence on why it is right or wrong.",
      ]
    `);
  });

  test('errors if a hint gives the answer away, for either kind of question', () => {
    expect(report('hint-gives-answer.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/hint-gives-answer.mdx › quiz › "choice-hint" › hint: gives the answer away (it contains "Dropout"). Point to the idea instead.",
        "fixtures/quiz/hint-gives-answer.mdx › quiz › "numeric-hint" › hint: gives the answer away (187.5). Hint at the method instead.",
      ]
    `);
  });

  test('errors if a numeric question has a bad value, tolerance or why, or also has options', () => {
    expect(report('numeric-invalid.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/numeric-invalid.mdx › quiz › "negative-tolerance" › answer.tolerance: Write \`tolerance\` as a number that is not negative (\`0.5\`) or as a percentage (\`"2%"\`).",
        "fixtures/quiz/numeric-invalid.mdx › quiz › "text-value" › answer.value: Write \`answer.value\` as a number, e.g. \`value: 187.5\`.",
        "fixtures/quiz/numeric-invalid.mdx › quiz › "no-why" › why: is missing. A numeric question needs a \`why\` that shows how to work out the answer.",
        "fixtures/quiz/numeric-invalid.mdx › quiz › "both-kinds" › answer: is set, and so is \`options\`. A question is multiple choice (\`options\`) or numeric (\`answer\`): remove one.",
        "fixtures/quiz/numeric-invalid.mdx › quiz › "bad-percentage" › answer.tolerance: Write \`tolerance\` as a number that is not negative (\`0.5\`) or as a percentage (\`"2%"\`).",
      ]
    `);
  });

  test('errors if an objective has no question, unless the page is a draft', () => {
    const chapter = (draft: boolean): CourseFile => ({
      file: 'fixtures/objectives-only.mdx',
      data: {
        draft,
        objectives: [
          { id: 'read-loss-curve', text: 'Read a loss curve' },
          { id: 'spot-overfitting', text: 'Spot overfitting' },
        ],
      },
      body: '## Loss',
      format: 'mdx',
    });
    expect(validateCourse([chapter(false)]).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "fixtures/objectives-only.mdx › objectives › "read-loss-curve" › quiz: has no published question. Add one to \`quiz\` with \`objective: read-loss-curve\`, or remove the objective.",
        "fixtures/objectives-only.mdx › objectives › "spot-overfitting" › quiz: has no published question. Add one to \`quiz\` with \`objective: spot-overfitting\`, or remove the objective.",
      ]
    `);
    expect(validateCourse([chapter(true)])).toEqual([]);
  });

  test('errors if questions and cards do not name one of the chapter’s objectives', () => {
    expect(report('objective-links.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/objective-links.mdx › objectives › "spot-overfitting" › id: is used by two objectives. Give each objective its own id.",
        "fixtures/quiz/objective-links.mdx › quiz › "names-no-objective" › objective: is missing. Name the objective this checks: one of spot-overfitting, read-loss-curve.",
        "fixtures/quiz/objective-links.mdx › quiz › "names-unknown-objective" › objective: names "deploy-it", which is not an objective of this chapter. Use one of spot-overfitting, read-loss-curve.",
        "fixtures/quiz/objective-links.mdx › flashcards › "card-without-objective" › objective: is missing. Name the objective this checks: one of spot-overfitting, read-loss-curve.",
        "fixtures/quiz/objective-links.mdx › objectives › "spot-overfitting" › quiz: has no published question. Add one to \`quiz\` with \`objective: spot-overfitting\`, or remove the objective.",
        "fixtures/quiz/objective-links.mdx › objectives › "read-loss-curve" › quiz: has no published question. Add one to \`quiz\` with \`objective: read-loss-curve\`, or remove the objective.",
      ]
    `);
  });

  test('errors if an id is used twice in the course, naming both files', () => {
    expect(report('valid.mdx', 'duplicate-id.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/duplicate-id.mdx › quiz › "prevent-overfitting" › id: is already used in fixtures/quiz/valid.mdx (quiz). Ids must be unique across the course; rename one of them.",
      ]
    `);
  });

  test('errors if teaches names an anchor no heading has', () => {
    expect(report('unknown-anchor.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/quiz/unknown-anchor.mdx › quiz › "points-nowhere" › teaches: points to "#early-stoping", but no heading in this chapter has that anchor. Use one of: #overfitting, #early-stopping.",
      ]
    `);
  });

  test('returns no problems for a valid deck', () => {
    expect(reportCards('valid.mdx')).toEqual([]);
  });

  test('errors if a card has an empty front', () => {
    expect(reportCards('empty-front.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/flashcards/empty-front.mdx › flashcards › "blank-front" › front: The front is empty. Write the term or question in \`front\`.",
      ]
    `);
  });

  test('errors if a card has an empty back', () => {
    expect(reportCards('empty-back.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/flashcards/empty-back.mdx › flashcards › "blank-back" › back: The back is empty. Write the answer in \`back\`, in one to three sentences.",
      ]
    `);
  });

  test('errors if a card id is used twice in the course, naming both files', () => {
    expect(reportCards('valid.mdx', 'duplicate-id.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/flashcards/duplicate-id.mdx › flashcards › "catastrophic-forgetting" › id: is already used in fixtures/flashcards/valid.mdx (flashcards). Ids must be unique across the course; rename one of them.",
      ]
    `);
  });

  test('errors if a card teaches an anchor no heading has', () => {
    expect(reportCards('unknown-anchor.mdx')).toMatchInlineSnapshot(`
      [
        "fixtures/flashcards/unknown-anchor.mdx › flashcards › "points-nowhere" › teaches: points to "#drop-out", but no heading in this chapter has that anchor. Use one of: #dropout.",
      ]
    `);
  });

  test('returns no problems when a question and a card share an id', () => {
    const files = [...fixture('quiz', ['valid.mdx']), ...fixture('flashcards', ['valid.mdx'])];
    files[1]!.data = {
      flashcards: [
        { id: 'prevent-overfitting', front: 'F', back: 'B', teaches: '#catastrophic-forgetting' },
      ],
    };
    expect(validateCourse(files)).toEqual([]);
  });

  test('returns no problems for the real course', () => {
    expect(validateCourse(loadCourseFiles()).map(formatProblem)).toEqual([]);
  });
});

describe('countDrafts', () => {
  test('returns draft pages, questions and cards per file, skipping files without drafts', () => {
    const files = [
      {
        file: 'a.mdx',
        data: { quiz: [{ draft: true }, {}], flashcards: [{ draft: true }] },
      },
      { file: 'b.mdx', data: { quiz: [{}] } },
      { file: 'imported.mdx', data: { draft: true } },
    ];
    expect(countDrafts(files)).toEqual([
      { file: 'a.mdx', page: false, questions: 1, cards: 1 },
      { file: 'imported.mdx', page: true, questions: 0, cards: 0 },
    ]);
  });

  test('returns no problems for drafts that lack options or a back', () => {
    const files: CourseFile[] = [
      {
        file: 'draft.mdx',
        format: 'mdx',
        data: {
          quiz: [{ id: 'unfinished', prompt: 'Why?', options: [], teaches: '#topic', draft: true }],
          flashcards: [{ id: 'blank', front: 'Term', back: '', teaches: '#topic', draft: true }],
        },
        body: '## Topic',
      },
    ];
    expect(validateCourse(files)).toEqual([]);
  });
});
