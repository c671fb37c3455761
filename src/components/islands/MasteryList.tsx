/**
 * "Mastery by objective" on the progress page: the rule in one sentence, then each chapter's
 * objectives with their level in words (Khan Academy's levels, mastery.ts), a four-step meter
 * and the count behind the level. The meter is drawn with CSS, filled steps solid and empty ones
 * outlined, and hidden from assistive technology: the word beside it says the same. A learner
 * who has answered nothing sees the rule and how to start instead of a list of "Not started".
 */
import { MASTERY_LABELS, MASTERY_LEVELS, MASTERY_RULE, type MasteryLevel } from '../../lib/mastery';
import {
  anyStarted,
  levelCounts,
  masteryCount,
  METER_STEPS,
  meterFill,
  type ChapterMastery,
} from '../../lib/mastery-view';

function Meter({ level }: { level: MasteryLevel }) {
  const filled = meterFill(level);
  return (
    <span class="mastery-meter" aria-hidden="true">
      {Array.from({ length: METER_STEPS }, (_, step) => (
        <span
          key={step}
          class={step < filled ? 'mastery-meter__step is-filled' : 'mastery-meter__step'}
        />
      ))}
    </span>
  );
}

export function MasteryList({
  chapters,
  practiceHref,
}: {
  chapters: ChapterMastery[];
  practiceHref: string;
}) {
  if (chapters.length === 0) return null;
  const counts = levelCounts(chapters);
  const total = chapters.reduce((sum, chapter) => sum + chapter.objectives.length, 0);
  const summary = [...MASTERY_LEVELS]
    .reverse()
    .filter((level) => counts[level] > 0)
    .map((level) => `${counts[level]} ${MASTERY_LABELS[level]}`)
    .join(', ');
  return (
    <section class="mastery" aria-labelledby="mastery-heading">
      <h2 id="mastery-heading">Mastery by objective</h2>
      <p class="mastery__rule">{MASTERY_RULE}</p>
      {anyStarted(chapters) ? (
        <>
          <p>
            Of the course's {total} objectives: {summary}.
          </p>
          {chapters.map((chapter) => (
            <div key={chapter.id} class="mastery__chapter">
              <h3>
                <a href={chapter.href}>{chapter.title}</a>
              </h3>
              <ul class="mastery__objectives">
                {chapter.objectives.map((objective) => (
                  <li key={objective.key} data-mastery={objective.level}>
                    <span class="mastery__text">{objective.text}</span>
                    <span class="mastery__level">
                      <Meter level={objective.level} />
                      <strong>{MASTERY_LABELS[objective.level]}</strong>
                    </span>
                    <span class="mastery__count">{masteryCount(objective)}.</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      ) : (
        <p>
          Every objective is Not started. Answer the questions at the end of a chapter, or take the{' '}
          <a href={practiceHref}>practice test</a>, and each objective's level shows here.
        </p>
      )}
    </section>
  );
}
