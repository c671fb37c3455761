// Server-only: collects every chapter's questions and cards as island props, in reading
// order. The practice test, review page, progress page and Anki export all read from here.
import { getCollection } from 'astro:content';
import { marked } from 'marked';
import { readingOrder } from '../lib/chapters';
import { headingsOf } from '../lib/headings';
import { toCardView, type CardView } from '../lib/flashcard-view';
import { toQuestionView, type QuestionView } from '../lib/quiz-view';

export interface ChapterData {
  id: string;
  title: string;
  href: string;
  questions: QuestionView[];
  cards: CardView[];
}

const renderInline = (markdown: string) => marked.parseInline(markdown, { async: false });

export async function courseChapters(): Promise<ChapterData[]> {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const chapters = readingOrder(await getCollection('docs'));
  return Promise.all(
    chapters.map(async (entry) => {
      // Headings come from the source, not from rendering every chapter a second time:
      // with a thousand chapters, rendering here doubled the build (see BENCHMARKS.md).
      const headings = headingsOf(entry.body ?? '');
      const href = `${base}/${entry.id}/`;
      const context = { id: entry.id, title: entry.data.title, href, headings, renderInline };
      return {
        id: entry.id,
        title: entry.data.title,
        href,
        questions: (entry.data.quiz ?? [])
          .filter((question) => !question.draft)
          .map((question) => toQuestionView(question, context)),
        cards: (entry.data.flashcards ?? [])
          .filter((card) => !card.draft)
          .map((card) => toCardView(card, context)),
      };
    }),
  );
}

/** Strips tags from rendered inline Markdown, for plain-text lists. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
