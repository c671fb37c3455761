/** What the course keeps on `Astro.locals` while a page renders (src/course/route-data.ts). */
declare namespace App {
  interface Locals {
    course: {
      /** The chapter's file, for error messages. */
      file: string;
      /** What the learner will be able to do, shown under the title. */
      objectives: import('./schemas/chapter').Objective[] | undefined;
      /** A plain Markdown chapter: its deck and quiz are placed after the text. */
      autoPlace: boolean;
      /** The chapter's published questions, as quiz island props. */
      questions: import('./lib/quiz-view').QuestionView[];
      /** The chapter's published cards, as deck island props. */
      cards: import('./lib/flashcard-view').CardView[];
      /** Each published question's prompt as plain words. */
      promptTexts: Record<string, string>;
      /**
       * Ids of the questions a `<Quiz />` has already placed on this page. A second `<Quiz />`
       * showing one of them would give two elements the same id, so the build stops instead.
       */
      placedQuestions: Set<string>;
      /** The `<Quiz />`s on this page in page order, for the printed answer key at its end. */
      placedQuizzes: { title: string; questions: import('./lib/quiz-view').QuestionView[] }[];
      /**
       * The anchors of the page's quiz and deck headings, in document order, as listed in the
       * table of contents (src/lib/toc.ts); each `<Quiz />` or `<Flashcards />` takes the next.
       */
      blockAnchors: Record<import('./lib/toc').BlockKind, string[]>;
      /** Where the page sits in the course; undefined on pages that are not chapters. */
      chapter:
        | {
            /** The content id, e.g. `workflow/lora-and-qlora`. */
            id: string;
            /** 1-based position in reading order. */
            number: number;
            /** How many chapters the course has. */
            total: number;
            /** Minutes to read the prose (src/lib/reading-time.ts). */
            minutes: number;
            /** The chapter after this one, for the chapter-complete card. */
            next: { title: string; href: string } | undefined;
            /** Every card in the chapter, to count the ones due when the quiz is done. */
            cardIds: string[];
            /** The anchor of the chapter's first deck, if it has one on the page. */
            deckAnchor: string | undefined;
          }
        | undefined;
    };
  }
}
