// Server-only: collects every chapter's questions and cards as island props, in reading
// order. The practice test, review page, progress page and Anki export all read from here.
import { getCollection, render } from 'astro:content';
import { marked } from 'marked';
import { readingOrder } from '../lib/chapters';
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
      const { headings } = await render(entry);
      const href = `${base}/${entry.id}/`;
      const context = { id: entry.id, title: entry.data.title, href, headings, renderInline };
      return {
        id: entry.id,
        title: entry.data.title,
        href,
        questions: (entry.data.quiz ?? []).map((question) => toQuestionView(question, context)),
        cards: (entry.data.flashcards ?? []).map((card) => toCardView(card, context)),
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
