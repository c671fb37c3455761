/** Where a question or card sends the learner to re-read: the heading its `teaches` names. */
export interface ReviewLink {
  href: string;
  /** The heading's text, or the chapter title when the heading is not known. */
  title: string;
}

export interface ReviewContext {
  /** The chapter's URL, with the site's base path and a trailing slash. */
  href: string;
  title: string;
  headings: readonly { slug: string; text: string }[];
}

export function reviewLink(teaches: string, chapter: ReviewContext): ReviewLink {
  const anchor = teaches.slice(1);
  const heading = chapter.headings.find((each) => each.slug === anchor);
  return { href: `${chapter.href}#${anchor}`, title: heading?.text ?? chapter.title };
}
