/**
 * Just enough information retrieval to place imported questions and cards: a tokeniser
 * with a light stemmer, TF-IDF vectors and cosine similarity. Written out here rather than
 * pulled from a library because the import needs a dozen short documents, not a search engine.
 */

/**
 * Words that say nothing about a topic, including the boilerplate of quiz prompts
 * ("Which of the following … best describes"), so they cannot decide a placement.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again all also an and any are as at be because been before being ' +
    'best between both but by can could describe describes did do does doing during each ' +
    'eg etc following for from further had has have how i ie if in into is it its itself ' +
    'mentioned more most must no not of on one only or other our out over own same should ' +
    'so some specified statement such than that the their them then there these they this ' +
    'those through to too under up use used uses using very was we were what when where ' +
    'which while who whom why will with would you your'
  ).split(' '),
);

/** Reduces a lowercase word to a stem so that "splitting", "split" and "splits" meet. */
export function stem(word: string): string {
  let result = word;
  if (result.length > 4 && /(ss|sh|ch|x|z)es$/.test(result)) result = result.slice(0, -2);
  else if (result.length > 4 && result.endsWith('ies')) result = `${result.slice(0, -3)}y`;
  else if (result.length > 3 && /[^suia]s$/.test(result)) result = result.slice(0, -1);
  // Strip -ing/-ed only when a real stem with a vowel is left: "training", not "string".
  const base = result.replace(/(?:ing|ed)$/, '');
  if (base !== result && base.length >= 3 && /[aeiouy]/.test(base)) {
    result = base;
    // "splitt" → "split", "stopp" → "stop", but keep "fill" and "pass".
    if (/([^aeiouylsz])\1$/.test(result)) result = result.slice(0, -1);
  }
  if (result.length > 3 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}

/**
 * Lowercase word stems of a text, without stop words, bare numbers or single letters.
 * Hyphenated words stay one token ("fine-tuning" → "finetun"), so "pre-trained" meets
 * "pretrained" and "hyperparameter tuning" does not count as fine-tuning.
 */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])
    .map((word) => word.replaceAll('-', ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d+$/.test(word))
    .map(stem);
}

/** A sparse vector: term → weight. */
export type Vector = ReadonlyMap<string, number>;

/**
 * Inverse document frequency, ln(N / df). A term found in every document weighs 0: it cannot
 * tell documents apart, so a query that shares only such terms ("fine-tuning") ties
 * everywhere and goes to the earliest document, the introduction.
 */
export function inverseDocumentFrequency(documents: readonly string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, count] of frequency) idf.set(term, Math.log(documents.length / count));
  return idf;
}

/**
 * Term frequency (count / length) times IDF. A term no document has weighs as much as the
 * rarest one, ln(N), so it still lowers the query's similarity to everything alike.
 */
export function tfIdfVector(
  terms: readonly string[],
  idf: ReadonlyMap<string, number>,
  documentCount: number,
): Vector {
  const vector = new Map<string, number>();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  for (const [term, count] of vector) {
    vector.set(term, (count / terms.length) * (idf.get(term) ?? Math.log(documentCount)));
  }
  return vector;
}

/** Cosine of the angle between two vectors: 1 same direction, 0 nothing shared or empty. */
export function cosineSimilarity(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (vector: Vector) => Math.sqrt([...vector.values()].reduce((s, w) => s + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

export interface Match {
  /** Index of the best document; ties and no match at all go to the earliest. */
  index: number;
  score: number;
}

export interface Index {
  /** The document most similar to `query`; undefined when there are no documents. */
  best(query: string): Match | undefined;
}

/**
 * Tokenises and weighs the documents once, then answers queries through an inverted index:
 * a query only visits the documents that share one of its terms, so placing thousands of
 * questions in a large export stays fast.
 */
export function createIndex(documents: readonly string[]): Index {
  const terms = documents.map(tokenize);
  const idf = inverseDocumentFrequency(terms);
  const postings = new Map<string, { document: number; weight: number }[]>();
  const norms = terms.map((documentTerms, document) => {
    const vector = tfIdfVector(documentTerms, idf, documents.length);
    let sum = 0;
    for (const [term, weight] of vector) {
      sum += weight * weight;
      // A term in every document weighs 0 and can decide nothing; skipping it keeps the
      // postings of very common words from being walked for every query.
      if (weight === 0) continue;
      const list = postings.get(term) ?? [];
      list.push({ document, weight });
      postings.set(term, list);
    }
    return Math.sqrt(sum);
  });
  return {
    best(query) {
      if (documents.length === 0) return undefined;
      const vector = tfIdfVector(tokenize(query), idf, documents.length);
      const queryNorm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
      const dots = new Map<number, number>();
      for (const [term, weight] of vector) {
        for (const posting of postings.get(term) ?? []) {
          dots.set(posting.document, (dots.get(posting.document) ?? 0) + weight * posting.weight);
        }
      }
      // Ties and no match at all go to the earliest document.
      let best: Match = { index: 0, score: 0 };
      for (const [document, dot] of dots) {
        const denominator = queryNorm * (norms[document] ?? 0);
        const score = denominator === 0 ? 0 : dot / denominator;
        if (score > best.score || (score === best.score && score > 0 && document < best.index)) {
          best = { index: document, score };
        }
      }
      return best;
    },
  };
}

/** Finds the document most similar to `query`; undefined when there are no documents. */
export function bestMatch(query: string, documents: readonly string[]): Match | undefined {
  return createIndex(documents).best(query);
}
