// What learners type, and the page that must be in Pagefind's top three for it. Queries run
// through Pagefind's own API in Chromium against the built index, so ranking changes show up
// here. Starlight's ranking options are left at their defaults: every query below passes.
import { expect, test } from './fixtures';

const QUERIES: [query: string, page: string][] = [
  ['fine-tuning', 'foundations/what-is-fine-tuning/'],
  ['few-shot learning', 'foundations/what-is-fine-tuning/'],
  ['pretrained model', 'foundations/what-is-fine-tuning/'],
  ['large language model', 'foundations/what-is-fine-tuning/'],
  ['dropout', 'foundations/how-fine-tuning-works/'],
  ['weight decay', 'foundations/how-fine-tuning-works/'],
  ['regularization', 'foundations/how-fine-tuning-works/'],
  ['specialized dataset', 'foundations/how-fine-tuning-works/'],
  ['cost savings', 'foundations/why-fine-tune/'],
  ['data efficiency', 'foundations/why-fine-tune/'],
  ['customer support', 'foundations/why-fine-tune/'],
  ['overfitting', 'responsible/challenges/'],
  ['overfiting', 'responsible/challenges/'],
  ['catastrophic forgetting', 'responsible/challenges/'],
  ['dataset bias', 'responsible/challenges/'],
  ['label bias', 'responsible/challenges/'],
  ['historical bias', 'responsible/challenges/'],
  ['sensitive data', 'responsible/ethics-and-safety/'],
  ['child-friendly', 'responsible/ethics-and-safety/'],
  ['privacy', 'responsible/ethics-and-safety/'],
  ['jsonl', 'workflow/preparing-data/'],
  ['validation set', 'workflow/preparing-data/'],
  ['test set', 'workflow/preparing-data/'],
  ['data cleaning', 'workflow/preparing-data/'],
  ['learning rate', 'workflow/configuring-the-model/'],
  ['batch size', 'workflow/configuring-the-model/'],
  ['lora', 'workflow/configuring-the-model/'],
  ['base model', 'workflow/configuring-the-model/'],
  ['early stopping', 'workflow/monitoring-and-evaluation/'],
  ['loss curves', 'workflow/monitoring-and-evaluation/'],
  ['f1 score', 'workflow/monitoring-and-evaluation/'],
  ['bleu', 'workflow/monitoring-and-evaluation/'],
  ['calibration', 'workflow/monitoring-and-evaluation/'],
  ['distillation', 'workflow/deployment/'],
  ['quantization', 'workflow/deployment/'],
  ['user feedback', 'workflow/continuous-improvement/'],
  ['tone and style', 'workflow/continuous-improvement/'],
  ['anki', 'review/'],
];

test(`${QUERIES.length} learner queries find their page in Pagefind's top three`, async ({
  page,
}) => {
  await page.goto('./');
  const base = new URL(page.url()).pathname;
  const topThree = await page.evaluate(
    async ({ queries, bundle }) => {
      const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind/pagefind.js`);
      const found: Record<string, string[]> = {};
      for (const query of queries) {
        const search = await pagefind.search(query);
        const pages = await Promise.all(
          search.results
            .slice(0, 3)
            .map(
              async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url,
            ),
        );
        found[query] = pages;
      }
      return found;
    },
    { queries: QUERIES.map(([query]) => query), bundle: base },
  );
  const misses = QUERIES.filter(
    ([query, expected]) => !topThree[query]?.includes(`${base}${expected}`),
  ).map(
    ([query, expected]) => `"${query}" → expected ${expected}, got ${topThree[query]?.join(', ')}`,
  );
  expect(misses).toEqual([]);
});
