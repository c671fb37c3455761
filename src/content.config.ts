import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { courseLoader } from './course/loader';
import { ChapterSchema } from './schemas/chapter';

export const collections = {
  // Starlight's docs loader plus the course's checks on question and card blocks.
  docs: defineCollection({ loader: courseLoader(), schema: docsSchema({ extend: ChapterSchema }) }),
};
