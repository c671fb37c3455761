// Listen (issue 15): a chapter read aloud, with speechSynthesis replaced by a recording stub
// (support/speech.ts), so what would be spoken, and when, is known exactly. Where Listen shows,
// what it loads and when, and axe: listen-load.spec.ts.
import { expect, test } from './fixtures';
import { installSpeechStub } from './support/speech';

const CHAPTER = 'foundations/what-is-fine-tuning/';

test.describe('with a voice', () => {
  test.beforeEach(async ({ page }) => {
    await installSpeechStub(page);
  });

  test('reads the title, objectives and text in order, in chunks of at most 200 characters, and skips code, quiz and deck', async ({
    page,
    listen,
  }) => {
    await page.goto(CHAPTER);
    await listen.start();
    await expect(listen.status).toHaveText('Playing. Reading: What is fine-tuning?');
    await page.evaluate(() => window.__speech.finishAll());
    await expect(listen.status).toHaveText('Finished the chapter');
    const spoken = await listen.spoken();

    expect(spoken.slice(0, 3)).toEqual([
      'What is fine-tuning?',
      'In this chapter you will learn to',
      'Explain what pretraining teaches a model, and what a base model is on a model hub',
    ]);
    // 168 characters at 1× (chunkLimit in src/lib/listen-chunks.ts); the longest sentences are cut.
    expect(Math.max(...spoken.map((text) => text.length))).toBeLessThanOrEqual(168);
    expect(Math.max(...spoken.map((text) => text.length))).toBeGreaterThan(150);
    // Headings come in the page's order; the quiz's and the deck's are not read.
    const headings = await page
      .locator('.sl-markdown-content :is(h2, h3)')
      .filter({ visible: true })
      .filter({ hasNotText: /^(Key terms|Check your understanding)$/ })
      .allTextContents();
    expect(spoken.filter((text) => headings.includes(text))).toEqual(headings);
    const all = spoken.join(' ');
    expect(all).not.toMatch(/Check your understanding|Key terms|Show answer|Section titled/);
    // The few-shot prompt is a code block: announced, never spelled out.
    expect(all).not.toContain('Queue: TRACKING');
    const code = spoken.indexOf('Code example skipped.');
    expect(code).toBeGreaterThan(spoken.indexOf('Fine-tuning versus few-shot learning'));
  });

  test('pause and play resume from the same chunk', async ({ page, listen }) => {
    await page.goto(CHAPTER);
    await listen.start();
    await listen.finish(3);
    const before = await listen.current();
    await listen.toggle.click();
    await expect(listen.status).toHaveText('Paused');
    await expect(listen.play).toHaveAccessibleName('Play');
    expect(await listen.current()).toBeNull();
    await listen.toggle.click();
    await expect(listen.status).toHaveText(/^Playing/);
    const spoken = await listen.spoken();
    expect(spoken.at(-1)).toBe(before);
    expect(spoken.at(-2)).toBe(before);
  });

  test('moves by sentence and by section, and a new speed restarts the chunk at that speed', async ({
    page,
    listen,
  }) => {
    await page.goto(CHAPTER);
    await listen.start();
    await listen.button('Next sentence').click();
    await listen.button('Next sentence').click();
    expect(await listen.current()).toMatch(/^Explain what pretraining/);
    await listen.button('Previous sentence').click();
    expect(await listen.current()).toBe('In this chapter you will learn to');
    // The objectives are part of the chapter's opening; the next section is the first heading.
    await listen.button('Next section').click();
    expect(await listen.current()).toBe('Large language models');
    await listen.button('Previous section').click();
    expect(await listen.current()).toBe('What is fine-tuning?');
    await listen.button('Next sentence').click();
    await listen.speed.selectOption('1.5');
    expect(await listen.current()).toBe('In this chapter you will learn to');
    expect((await page.evaluate(() => window.__speech.rates)).at(-1)).toBe(1.5);
  });

  test('slower speeds speak shorter chunks, so none runs into Chrome’s 15-second cut', async ({
    page,
    listen,
  }) => {
    await page.goto(CHAPTER);
    await listen.start();
    await listen.speed.selectOption('0.75');
    const before = (await listen.spoken()).length;
    await page.evaluate(() => window.__speech.finishAll());
    const slow = (await listen.spoken()).slice(before);
    expect(Math.max(...slow.map((text) => text.length))).toBeLessThanOrEqual(126);
  });

  test('the watchdog speaks a chunk again when its utterance never ends', async ({
    page,
    listen,
  }) => {
    await page.clock.install();
    await page.goto(CHAPTER);
    await listen.start();
    const first = await listen.current();
    await page.evaluate(() => window.__speech.fire('start'));
    // "What is fine-tuning?" should take under 2 s; the watchdog waits at least 4 s.
    await page.clock.runFor(3000);
    expect(await listen.spoken()).toEqual([first]);
    await page.clock.runFor(3000);
    expect(await listen.spoken()).toEqual([first, first]);
    // It recovered: the next end moves on as usual.
    await listen.finish();
    expect(await listen.current()).toBe('In this chapter you will learn to');
  });

  test('the highlight follows the sentence being read', async ({ page, listen }) => {
    await page.goto(CHAPTER);
    await listen.start();
    expect(await listen.highlighted()).toBe('What is fine-tuning?');
    await listen.finish(2);
    expect(await listen.highlighted()).toBe(
      'Explain what pretraining teaches a model, and what a base model is on a model hub',
    );
    await listen.finish(4);
    expect(await listen.highlighted()).toMatch(
      /^Parcelpoint’s support assistant gets about a million/,
    );
    await listen.button('Next section').click();
    expect(await listen.highlighted()).toBe('Large language models');
  });

  test('without the Custom Highlight API, a <mark> follows the sentence and leaves the text as it was', async ({
    page,
    listen,
  }) => {
    await page.addInitScript(() => Reflect.deleteProperty(CSS, 'highlights'));
    await page.goto(CHAPTER);
    const intro = page.locator('.sl-markdown-content > p').first();
    const html = await intro.innerHTML();
    const nodes = () => intro.evaluate((element) => element.childNodes.length);
    const before = await nodes();
    await listen.start();
    await listen.finish(6);
    await expect(intro.locator('mark')).toHaveText(/^Parcelpoint’s support assistant/);
    // A long sentence is spoken in two chunks; the mark covers the sentence throughout.
    await listen.button('Next sentence').click();
    await expect(page.locator('mark.listen-mark')).toHaveText(/^A general chat model can already/);
    await listen.button('Stop').click();
    await expect(page.locator('mark.listen-mark')).toHaveCount(0);
    expect(await intro.innerHTML()).toBe(html);
    // The split text nodes are joined again, as they were.
    expect(await nodes()).toBe(before);
  });

  test('the page follows the sentence until the learner scrolls away, then offers to follow again', async ({
    page,
    listen,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(CHAPTER);
    await listen.start();
    // Far down the chapter: "Few-shot learning" is off screen at first.
    for (let step = 0; step < 20 && (await listen.current()) !== 'Few-shot learning'; step += 1) {
      await listen.button('Next section').click();
    }
    await expect(
      page.getByRole('heading', { name: 'Few-shot learning', exact: true }),
    ).toBeInViewport();
    await expect(listen.button('Follow along')).toBeHidden();

    await page.mouse.wheel(0, -3000);
    await expect(listen.button('Follow along')).toBeVisible();
    await listen.button('Next section').click();
    const next = page.getByRole('heading', { name: 'Is few-shot learning fine-tuning?' });
    await expect(next).not.toBeInViewport();
    await listen.button('Follow along').click();
    await expect(next).toBeInViewport();
    await expect(listen.button('Follow along')).toBeHidden();
  });

  test('headset and lock-screen keys control the player through the Media Session API', async ({
    page,
    listen,
  }) => {
    await page.goto(CHAPTER);
    await listen.start();
    const session = () =>
      page.evaluate(() => ({
        state: navigator.mediaSession.playbackState,
        title: navigator.mediaSession.metadata?.title,
        album: navigator.mediaSession.metadata?.album,
      }));
    expect(await session()).toEqual({
      state: 'playing',
      title: 'What is fine-tuning?',
      album: 'What is fine-tuning?',
    });
    await listen.button('Next section').click();
    expect((await session()).album).toBe('Large language models');
    await listen.toggle.click();
    expect((await session()).state).toBe('paused');
  });

  test('the position survives a reload and is offered as "Resume from …"', async ({
    page,
    listen,
  }) => {
    await page.goto(CHAPTER);
    await listen.start();
    await listen.button('Next section').click();
    await listen.finish();
    expect(await listen.current()).toMatch(/^A large language model \(LLM\) is/);
    await page.reload();
    const resume = listen.resume('Large language models');
    await expect(resume).toBeVisible();
    await resume.click();
    await page.waitForFunction(() => window.__speech.current() !== null);
    expect(await listen.current()).toMatch(/^A large language model \(LLM\) is/);
    await expect(listen.status).toHaveText('Playing. Reading: Large language models');
  });
});

test('speed and voice are remembered for every chapter', async ({ page, listen }) => {
  await installSpeechStub(page, {
    voices: [
      { name: 'First', lang: 'en-US' },
      { name: 'Second', lang: 'en-GB' },
    ],
  });
  await page.goto(CHAPTER);
  await listen.start();
  await listen.speed.selectOption('1.75');
  await listen.voice.selectOption('stub:Second');
  await page.goto('foundations/how-chat-models-are-made/');
  await listen.start();
  await expect(listen.speed).toHaveValue('1.75');
  await expect(listen.voice).toHaveValue('stub:Second');
  expect((await page.evaluate(() => window.__speech.rates)).at(-1)).toBe(1.75);
});
