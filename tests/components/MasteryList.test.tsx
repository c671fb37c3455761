// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { MasteryList } from '../../src/components/islands/MasteryList';
import { MASTERY_RULE } from '../../src/lib/mastery';
import { masteryByChapter } from '../../src/lib/mastery-view';
import { emptyProgress } from '../../src/lib/progress';
import { answerAll, PROGRESS_CHAPTERS, questionsOf, START } from '../support/plan';

afterEach(cleanup);

const chapters = PROGRESS_CHAPTERS;

describe('MasteryList', () => {
  test('gives the rule and how to start before anything is answered', () => {
    render(
      <MasteryList
        chapters={masteryByChapter(chapters, emptyProgress('s'))}
        practiceHref="/practice/"
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Mastery by objective');
    expect(screen.getByText(MASTERY_RULE)).toBeTruthy();
    expect(screen.getByText(/^Every objective is Not started\./)).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  test('says each level in words beside a meter hidden from assistive technology', () => {
    const progress = answerAll(emptyProgress('s'), questionsOf('alpha'), 'first-try', START);
    const { container } = render(
      <MasteryList chapters={masteryByChapter(chapters, progress)} practiceHref="/practice/" />,
    );
    const alpha = screen.getAllByRole('listitem')[0]!;
    expect(alpha.textContent).toBe('Do alphaProficient3 of 3 questions right the first time.');
    const meter = alpha.querySelector('.mastery-meter')!;
    expect(meter.getAttribute('aria-hidden')).toBe('true');
    expect(meter.querySelectorAll('.is-filled')).toHaveLength(3);
    expect(container.querySelectorAll('h3')).toHaveLength(3);
    expect(
      screen.getByText(/^Of the course's 6 objectives: 1 Proficient, 5 Not started\.$/),
    ).toBeTruthy();
  });
});
