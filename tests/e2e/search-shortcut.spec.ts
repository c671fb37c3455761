import { expect, test } from './fixtures';
import { answerKeys } from './support/answers';

test('"/" opens search and focuses its input; typed in a text field it stays a slash', async ({
  page,
  search,
}) => {
  await page.goto('./');
  await expect(search.openButton).toBeEnabled();
  await page.keyboard.press('/');
  await expect(search.dialog).toBeVisible();
  await expect(search.input).toBeFocused();

  // Inside the open search box "/" is text, and the dialog stays as it was.
  await page.keyboard.type('lora/qlora');
  await expect(search.input).toHaveValue('lora/qlora');
  await expect(search.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();

  // Ctrl+K still opens it.
  await page.keyboard.press('Control+k');
  await expect(search.dialog).toBeVisible();
});

test('"/" in a quiz answer box types a slash and leaves search closed', async ({
  page,
  search,
  quiz,
}) => {
  const numeric = answerKeys.find((key) => key.kind === 'numeric')!;
  await page.goto(`${numeric.chapterId}/#question-${numeric.id}`);
  await quiz.ready();
  const box = quiz.region.getByRole('textbox', { name: 'Your answer' }).first();
  await box.click();
  await page.keyboard.type('1/2');
  await expect(box).toHaveValue('1/2');
  await expect(search.dialog).toBeHidden();
});

test('"/" in the glossary filter types a slash and leaves search closed', async ({
  page,
  search,
  glossary,
}) => {
  await glossary.goto();
  await glossary.filter.click();
  await page.keyboard.type('LLM-as-a-judge/');
  await expect(glossary.filter).toHaveValue('LLM-as-a-judge/');
  await expect(search.dialog).toBeHidden();
});
