import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { ChapterSchema } from './schemas/chapter';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: ChapterSchema }) }),
};
