/**
 * The whole course at build time, for the pages that span it: the practice test, the review
 * page, the progress page, the landing page's chapter list and the Anki export. Chapters come in
 * reading order (the sidebar's), drafts left out, computed once per build.
 */
import { getCollection } from 'astro:content';
import { readingOrder } from '../lib/chapters';
import { pathWithBase } from '../lib/base-path';
import { planChapters, type PlanChapter } from '../lib/plan-chapters';
import { chapterViews, type ChapterViews } from './chapter-views';
import { headingsOf } from './headings';

export interface CatalogChapter extends ChapterViews {
  id: string;
  title: string;
  description: string | undefined;
  /** The chapter's URL, with the base path. */
  href: string;
}

/** The published chapters in reading order. */
async function publishedChapters() {
  // Draft pages (`draft: true`, e.g. fresh imports) are out of the production build;
  // their questions and cards must not surface on course-wide pages either.
  return readingOrder(await getCollection('docs', (entry) => !entry.data.draft));
}

async function loadCatalog(): Promise<CatalogChapter[]> {
  return (await publishedChapters()).map((entry) => {
    // Anchors read from the source: rendering every chapter here to get them doubled the
    // build at a thousand chapters (see BENCHMARKS.md).
    const format = entry.filePath?.endsWith('.md') ? 'md' : 'mdx';
    const views = chapterViews(entry, headingsOf(entry.body ?? '', format), { withChapter: true });
    return {
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      href: pathWithBase(`/${entry.id}/`),
      ...views,
    };
  });
}

let cached: Promise<CatalogChapter[]> | undefined;

/** Every chapter with its questions and cards, in reading order. */
export function courseCatalog(): Promise<CatalogChapter[]> {
  // In the dev server content changes between requests, so only a build reuses the result.
  if (!import.meta.env.PROD) return loadCatalog();
  cached ??= loadCatalog();
  return cached;
}

let cachedPlan: Promise<PlanChapter[]> | undefined;

/**
 * The course as planned practice sees it (src/lib/plan-chapters.ts): each chapter's objectives
 * and the objective each question and card checks, in reading order.
 */
export function coursePlan(): Promise<PlanChapter[]> {
  const load = async () => planChapters(await publishedChapters());
  if (!import.meta.env.PROD) return load();
  cachedPlan ??= load();
  return cachedPlan;
}
