// The page objects, handed to browser tests as Playwright fixtures: `test('…', async ({ quiz }) =>`.
import { test as base } from '@playwright/test';
import { ChapterPage } from './pages/chapter-page';
import { FlashcardDeck } from './pages/flashcard-deck';
import { GlossaryPage } from './pages/glossary-page';
import { LandingPage } from './pages/landing-page';
import { ListenPlayer } from './pages/listen-player';
import { PracticePage } from './pages/practice-page';
import { QuizSection } from './pages/quiz-section';
import { SearchDialog } from './pages/search-dialog';

export const test = base.extend<{
  chapterPage: ChapterPage;
  landing: LandingPage;
  search: SearchDialog;
  quiz: QuizSection;
  deck: FlashcardDeck;
  review: FlashcardDeck;
  practice: PracticePage;
  glossary: GlossaryPage;
  listen: ListenPlayer;
}>({
  chapterPage: async ({ page }, use) => use(new ChapterPage(page)),
  landing: async ({ page }, use) => use(new LandingPage(page)),
  search: async ({ page }, use) => use(new SearchDialog(page)),
  quiz: async ({ page }, use) => use(new QuizSection(page)),
  deck: async ({ page }, use) => use(FlashcardDeck.inChapter(page)),
  review: async ({ page }, use) => use(FlashcardDeck.onReviewPage(page)),
  practice: async ({ page }, use) => use(new PracticePage(page)),
  glossary: async ({ page }, use) => use(new GlossaryPage(page)),
  listen: async ({ page }, use) => use(new ListenPlayer(page)),
});

export { expect } from '@playwright/test';
