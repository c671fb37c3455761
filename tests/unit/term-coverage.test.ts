// Each study-notes section's facts must be taught in its chapter. These lists are the
// key terms of each section; a chapter that drops one fails here and names the term.
import { describe, expect, test } from 'vitest';
import { missingTerms, proseOf } from '../support/prose';
import { loadChapters } from '../support/course';

const KEY_TERMS: Record<string, string[]> = {
  'foundations/what-is-fine-tuning': [
    'large language model',
    'LLM',
    'neural network',
    'pretrained',
    'fine-tuning',
    'weights',
    'few-shot learning',
    'prompt',
    'examples',
    'cost',
    'faster responses',
  ],
  'foundations/how-fine-tuning-works': [
    'specialized dataset',
    'representative',
    'smaller',
    'key areas',
    'hyperparameters',
    'continue training',
    'general knowledge',
    'regularization',
    'dropout',
    'weight decay',
    'overfitting',
  ],
  'foundations/why-fine-tune': [
    'smaller',
    'outperform',
    'larger',
    'expensive',
    'specific tasks',
    'enhance',
    'performance',
  ],
  'responsible/challenges': [
    'overfitting',
    'unseen data',
    'catastrophic forgetting',
    'general knowledge',
    'dataset bias',
    'selection bias',
    'sampling bias',
    'label bias',
    'historical bias',
  ],
  'responsible/ethics-and-safety': [
    'curated',
    'bias',
    'unwanted outputs',
    'child-friendly',
    'sensitive data',
  ],
  'workflow/preparing-data': [
    'cleaning',
    'format',
    'representative',
    'production',
    'collect',
    'irrelevant',
    'errors',
    'training set',
    'validation set',
    'test set',
    'hyperparameter tuning',
  ],
  'workflow/configuring-the-model': [
    'base model',
    'fine-tuning method',
    'model size',
    'input/output',
    'dataset size',
    'technical requirements',
    'final layer',
    'learning rate',
    'batch size',
    'epochs',
    'regularization',
    'stability',
    'pretrained weights',
    'load',
  ],
  'workflow/monitoring-and-evaluation': [
    'training loss',
    'validation loss',
    'overfitting',
    'early stopping',
    'accuracy',
    'F1',
    'BLEU',
    'classification',
    'regression',
    'generation',
    'calibration',
  ],
  'workflow/deployment': [
    'production',
    'integrat',
    'monitor',
    'real-world',
    'model size',
    'distillation',
  ],
  'workflow/continuous-improvement': ['user feedback', 'fine-tuning rounds', 'tone', 'style'],
};

/**
 * Terms the notes spell in British and American English, or word two ways; the course writes
 * American English, and any listed wording counts.
 */
const EITHER_SPELLING: Record<string, string[]> = {
  'foundations/what-is-fine-tuning': ['specialized'],
  'workflow/preparing-data': ['normaliz', 'anonymiz'],
  'workflow/monitoring-and-evaluation': ['overconfident|overly confident'],
};

const chapters = loadChapters();

describe('key-term coverage', () => {
  test('returns a chapter for every study-notes section', () => {
    const ids = chapters.map((chapter) => chapter.id);
    expect(Object.keys(KEY_TERMS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  // Chapters the course added (how chat models are made, LoRA, the worked example, hosted
  // fine-tuning) teach beyond the notes and have no list.
  const noted = chapters.filter((chapter) => chapter.id in KEY_TERMS);
  describe.each(noted.map((chapter) => [chapter.id, chapter] as const))('%s', (id, chapter) => {
    const prose = proseOf(chapter.body);

    test('mentions every key term of its study-notes section', () => {
      expect(missingTerms(prose, KEY_TERMS[id] ?? [])).toEqual([]);
    });
  });

  describe.each(Object.entries(EITHER_SPELLING).filter(([, terms]) => terms.length > 0))(
    '%s',
    (id, alternatives) => {
      test.each(alternatives)('mentions %s in one of its spellings', (alternative) => {
        const chapter = chapters.find((each) => each.id === id);
        expect(chapter, `no chapter ${id}`).toBeDefined();
        const spellings = alternative.split('|');
        expect(missingTerms(proseOf(chapter?.body ?? ''), spellings).length).toBeLessThan(
          spellings.length,
        );
      });
    },
  );

  test('errors if a key term is removed from a chapter', () => {
    const chapter = chapters.find((entry) => entry.id === 'responsible/challenges');
    const stripped = proseOf(chapter?.body ?? '').replace(/catastrophic forgetting/gi, 'it');
    expect(missingTerms(stripped, KEY_TERMS['responsible/challenges'] ?? [])).toEqual([
      'catastrophic forgetting',
    ]);
  });
});
