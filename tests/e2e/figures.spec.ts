// The course figures on a 375 px phone and a 1280 px laptop: every label renders at 12 px or
// more, stays inside its drawing and off the other labels, and every drawing is named and
// described for screen readers. The pages come from the built site, so a new figure is
// checked without touching this file.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './support/axe';
import { sitemapPaths } from './support/site';

const MIN_PX = 12;
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];
const THEMES = ['light', 'dark'] as const;

function figurePaths(): string[] {
  const dist = process.env.DIST_DIR ?? 'dist';
  return sitemapPaths().filter((path) =>
    readFileSync(new URL(`../../${dist}/${path}index.html`, import.meta.url), 'utf8').includes(
      'class="course-figure"',
    ),
  );
}

/** The drawings: figures holding an image (code blocks are figures too, without one). */
function courseFigures(page: Page): Locator {
  return page.getByRole('figure').filter({ has: page.getByRole('img') });
}

interface Label {
  text: string;
  px: number;
  box: { left: number; top: number; right: number; bottom: number };
}

/** Every rendered label of one drawing: its size on screen and its box, in CSS px. */
async function labelsOf(drawing: Locator): Promise<{ frame: Label['box']; labels: Label[] }> {
  return drawing.evaluate((svg) => {
    const box = (rect: DOMRect) => ({
      left: rect.left,
      top: rect.top,
      right: rect.right,
      bottom: rect.bottom,
    });
    const labels = [...svg.querySelectorAll<SVGTextContentElement>('text, tspan')]
      .filter((each) => each.getNumberOfChars() > 0)
      .map((each) => {
        // The screen CTM holds the viewBox scale and any rotation of the label itself.
        const matrix = each.getScreenCTM()!;
        return {
          text: each.textContent ?? '',
          px: parseFloat(getComputedStyle(each).fontSize) * Math.hypot(matrix.a, matrix.b),
          box: box(each.getBoundingClientRect()),
        };
      });
    return { frame: box(svg.getBoundingClientRect()), labels };
  });
}

/** How far two boxes overlap in both directions, in px (0 when they do not touch). */
function overlap(a: Label['box'], b: Label['box']): number {
  const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return Math.min(across, down);
}

test('the built site has pages with figures', () => {
  expect(figurePaths().length).toBeGreaterThanOrEqual(6);
});

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const path of figurePaths()) {
      test(`figure labels on /${path} are readable, inside the drawing and apart`, async ({
        page,
      }) => {
        await page.goto(path);
        const figures = courseFigures(page);
        expect(await figures.count()).toBeGreaterThan(0);
        for (const figure of await figures.all()) {
          // One drawing per figure reaches assistive tech; a phone-only or laptop-only
          // variant that is not shown must be display:none, so it is not read either.
          const drawing = figure.getByRole('img');
          await expect(drawing).toHaveCount(1);
          const { frame, labels } = await labelsOf(drawing);
          const title = (await drawing.locator('title').textContent()) ?? '';
          expect(labels.length, title).toBeGreaterThan(0);

          const small = labels.filter((label) => label.px < MIN_PX);
          expect
            .soft(
              small.map((label) => `${label.text}: ${label.px.toFixed(1)} px`),
              title,
            )
            .toEqual([]);

          const clipped = labels.filter(
            ({ box }) =>
              box.left < frame.left - 0.5 ||
              box.right > frame.right + 0.5 ||
              box.top < frame.top - 0.5 ||
              box.bottom > frame.bottom + 0.5,
          );
          expect
            .soft(
              clipped.map((label) => label.text),
              title,
            )
            .toEqual([]);

          const touching = labels.flatMap((a, index) =>
            labels
              .slice(index + 1)
              .filter((b) => overlap(a.box, b.box) > 1)
              .map((b) => `${a.text} / ${b.text}`),
          );
          expect.soft(touching, title).toEqual([]);
        }
      });
    }

    for (const theme of THEMES) {
      test(`axe finds nothing in the figures in the ${theme} theme`, async ({ page }) => {
        test.slow();
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        for (const path of figurePaths()) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          const { violations } = await new AxeBuilder({ page })
            .include('.course-figure')
            .withTags(AXE_TAGS)
            .analyze();
          expect(violations.map((each) => `${path}: ${each.id}`)).toEqual([]);
        }
      });
    }
  });
}

test('every figure is named by its title, described in full and captioned', async ({ page }) => {
  for (const path of figurePaths()) {
    await page.goto(path);
    for (const figure of await courseFigures(page).all()) {
      const drawing = figure.getByRole('img');
      const title = (await drawing.locator('title').textContent()) ?? '';
      const description = (await drawing.locator('desc').textContent()) ?? '';
      const caption = (await figure.locator('figcaption').textContent()) ?? '';
      // A description says what the drawing shows: several sentences, not the title again.
      expect(description.split('. ').length, title).toBeGreaterThan(2);
      await expect(drawing).toHaveAccessibleName(`${title} ${description}`);
      await expect(figure).toHaveAccessibleName(caption);
    }
  }
});

test('the workflow figure numbers the steps of the list above it', async ({ page }) => {
  await page.goto('foundations/how-fine-tuning-works/');
  const figure = courseFigures(page).filter({
    has: page.getByRole('img', { name: /^The fine-tuning workflow/ }),
  });
  const steps = await figure
    .locator('xpath=preceding-sibling::ol[1]')
    .getByRole('listitem')
    .locator('strong')
    .allTextContents();
  expect(steps).toHaveLength(6);

  const texts = await figure.locator('svg text').allTextContents();
  const numbered = steps.map((_, index) => {
    const at = texts.findIndex((text) => text.trim() === String(index + 1));
    return texts[at + 1]?.trim();
  });
  expect(numbered).toEqual(steps);
});
