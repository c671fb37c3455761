// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { CODE_SKIPPED, readableBlocks, TABLE_SKIPPED } from '../../src/lib/listen-text';

/** A chapter shaped like the built HTML (dist/<chapter>/index.html), trimmed. */
function chapter(): Element[] {
  document.body.innerHTML = `
    <h1 id="_top">What is fine-tuning?</h1>
    <div class="sl-markdown-content">
      <section class="objectives not-content"><h2 id="objectives-heading">In this chapter you will learn to</h2>
        <ul><li>Explain pretraining</li><li>Define fine-tuning</li></ul></section>
      <p>A <a href="/glossary/#llm" title="Glossary: LLM">large language model</a> reads <code>tokens</code>.</p>
      <div class="sl-heading-wrapper level-h2"><h2 id="tokens">Tokens</h2><a class="sl-anchor-link" href="#tokens"><span aria-hidden="true">#</span><span class="sr-only">Section titled “Tokens”</span></a></div>
      <ul><li>Outer item<ul><li>Inner item</li></ul></li></ul>
      <div class="expressive-code"><figure class="frame"><pre><code>print("hi")</code></pre></figure></div>
      <figure class="course-figure"><svg role="img"><title>Two ways</title><desc>Prompts resend examples.</desc><text>label</text></svg><figcaption>Few-shot versus fine-tuning.</figcaption></figure>
      <div class="table-scroll" role="region"><table><tr><td>cell</td></tr></table></div>
      <aside class="starlight-aside"><p class="starlight-aside__title"><svg aria-hidden="true"></svg>Caution</p><div><p>Check prices.</p></div></aside>
      <astro-island><section class="deck"><h2>Key terms</h2><dl><div><dt>Front</dt><dd>Back</dd></div></dl></section></astro-island>
      <section class="print-only print-key"><h2>Answer key</h2><p>1. B</p></section>
      <astro-island><section class="quiz"><h2>Check your understanding</h2></section></astro-island>
    </div>`;
  return [document.querySelector('h1')!, document.querySelector('.sl-markdown-content')!];
}

describe('readableBlocks', () => {
  test('reads the title, objectives, headings, prose and lists in reading order', () => {
    const blocks = readableBlocks(chapter());
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'What is fine-tuning?'],
      ['text', 'In this chapter you will learn to'],
      ['text', 'Explain pretraining'],
      ['text', 'Define fine-tuning'],
      ['text', 'A large language model reads tokens.'],
      ['heading', 'Tokens'],
      ['text', 'Outer item'],
      ['text', 'Inner item'],
      ['code', CODE_SKIPPED],
      ['figure', 'Figure: Two ways. Prompts resend examples.'],
      ['text', 'Few-shot versus fine-tuning.'],
      ['table', TABLE_SKIPPED],
      ['text', 'Caution'],
      ['text', 'Check prices.'],
    ]);
  });

  test('announces code without spelling it, and never reads the quiz, deck or answer key', () => {
    const spoken = readableBlocks(chapter())
      .map((block) => block.text)
      .join(' ');
    expect(spoken).toContain(CODE_SKIPPED);
    for (const hidden of [
      'print(',
      'Key terms',
      'Front',
      'Answer key',
      'Check your',
      'Section titled',
      '#',
    ]) {
      expect(spoken).not.toContain(hidden);
    }
  });

  test('keeps the text nodes a block was read from, so offsets map back to the page', () => {
    const prose = readableBlocks(chapter())[4]!;
    expect(prose.nodes.map((node) => node.data)).toEqual([
      'A ',
      'large language model',
      ' reads ',
      'tokens',
      '.',
    ]);
    expect(prose.element.tagName).toBe('P');
  });
});
