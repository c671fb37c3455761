/**
 * The course's reading order. Parts are listed in teaching order; within a part,
 * chapters follow their `sidebar.order`. The sidebar, the landing page and the
 * tests all read from here so they cannot disagree.
 */
export const PARTS = [
  { directory: 'foundations', label: 'Foundations' },
  { directory: 'responsible', label: 'Responsible fine-tuning' },
  { directory: 'workflow', label: 'The workflow' },
] as const;

export type PartDirectory = (typeof PARTS)[number]['directory'];

/** The minimum a chapter needs for ordering; matches Starlight's docs entries. */
export interface OrderableEntry {
  id: string;
  data: {
    title: string;
    description?: string | undefined;
    sidebar: { order?: number | undefined };
  };
}

export interface Part<T extends OrderableEntry> {
  directory: PartDirectory;
  label: string;
  chapters: T[];
}

/** Returns the part folder an entry id belongs to, or undefined for pages outside the chapters. */
export function partOf(id: string): PartDirectory | undefined {
  const folder = id.split('/')[0];
  return PARTS.find((part) => part.directory === folder)?.directory;
}

/** Groups chapter entries into parts, each sorted by sidebar order then title. */
export function groupChapters<T extends OrderableEntry>(entries: readonly T[]): Part<T>[] {
  return PARTS.map((part) => ({
    ...part,
    chapters: entries
      .filter((entry) => partOf(entry.id) === part.directory)
      .sort(
        (a, b) =>
          (a.data.sidebar.order ?? Infinity) - (b.data.sidebar.order ?? Infinity) ||
          a.data.title.localeCompare(b.data.title),
      ),
  }));
}

/** Returns every chapter in reading order. */
export function readingOrder<T extends OrderableEntry>(entries: readonly T[]): T[] {
  return groupChapters(entries).flatMap((part) => part.chapters);
}
