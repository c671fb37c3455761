// What learners type, and the page that must be in Pagefind's top three for it. Queries run
// through Pagefind's own API in Chromium against the built index, so ranking changes show up
// here. Starlight's ranking options are left at their defaults: every query below passes.
import { expect, test } from './fixtures';

const QUERIES: [query: string, page: string][] = [
  ['fine-tuning', 'foundations/what-is-fine-tuning/'],
  ['few-shot learning', 'foundations/what-is-fine-tuning/'],
  ['pretrained model', 'foundations/what-is-fine-tuning/'],
  // A definition query: the glossary entry answers it and links to the chapter.
  ['large language model', 'glossary/'],
  ['base model', 'foundations/what-is-fine-tuning/'],
  ['prompt caching', 'foundations/what-is-fine-tuning/'],
  ['instruction tuning', 'foundations/how-chat-models-are-made/'],
  ['rlhf', 'foundations/how-chat-models-are-made/'],
  ['dpo', 'foundations/how-chat-models-are-made/'],
  ['encoder decoder', 'foundations/how-chat-models-are-made/'],
  ['dropout', 'foundations/how-fine-tuning-works/'],
  ['weight decay', 'foundations/how-fine-tuning-works/'],
  ['regularization', 'foundations/how-fine-tuning-works/'],
  ['overfitting', 'foundations/how-fine-tuning-works/'],
  ['overfiting', 'foundations/how-fine-tuning-works/'],
  ['specialized dataset', 'foundations/how-fine-tuning-works/'],
  ['cost savings', 'foundations/why-fine-tune/'],
  ['data efficiency', 'foundations/why-fine-tune/'],
  ['customer support', 'foundations/why-fine-tune/'],
  ['retrieval', 'foundations/why-fine-tune/'],
  ['jsonl', 'workflow/preparing-data/'],
  ['chat template', 'workflow/preparing-data/'],
  ['loss masking', 'workflow/preparing-data/'],
  ['validation set', 'workflow/preparing-data/'],
  ['test set', 'workflow/preparing-data/'],
  ['data cleaning', 'workflow/preparing-data/'],
  ['learning rate', 'workflow/configuring-the-model/'],
  ['batch size', 'workflow/configuring-the-model/'],
  ['lora', 'workflow/lora-and-qlora/'],
  ['qlora', 'workflow/lora-and-qlora/'],
  ['qlora memory', 'workflow/lora-and-qlora/'],
  ['sfttrainer', 'workflow/worked-example/'],
  ['hosted fine-tuning', 'workflow/hosted-or-self-hosted/'],
  ['early stopping', 'workflow/monitoring-and-evaluation/'],
  ['loss curves', 'workflow/monitoring-and-evaluation/'],
  ['f1 score', 'workflow/monitoring-and-evaluation/'],
  ['bleu', 'workflow/monitoring-and-evaluation/'],
  ['llm as a judge', 'workflow/monitoring-and-evaluation/'],
  ['calibration', 'workflow/monitoring-and-evaluation/'],
  ['vllm', 'workflow/deployment/'],
  ['distillation', 'workflow/deployment/'],
  ['quantization', 'workflow/deployment/'],
  ['user feedback', 'workflow/continuous-improvement/'],
  ['tone and style', 'workflow/continuous-improvement/'],
  ['catastrophic forgetting', 'responsible/challenges/'],
  ['dataset bias', 'responsible/challenges/'],
  ['label bias', 'responsible/challenges/'],
  ['historical bias', 'responsible/challenges/'],
  ['sensitive data', 'responsible/ethics-and-safety/'],
  ['child-friendly', 'responsible/ethics-and-safety/'],
  ['privacy', 'responsible/ethics-and-safety/'],
  ['red teaming', 'responsible/ethics-and-safety/'],
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
