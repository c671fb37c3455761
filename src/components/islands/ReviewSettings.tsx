/**
 * The review page's settings: which chapter to review (remembered in this browser) and how many
 * new cards a day. Native labelled controls; a change applies at once.
 */
import { DEFAULT_NEW_CARDS_PER_DAY } from '../../lib/progress';

export interface ReviewSettingsProps {
  chapters: { id: string; title: string }[];
  chapter: string;
  newCardsPerDay: number;
  onChapter: (id: string) => void;
  onNewCardsPerDay: (count: number) => void;
}

export function ReviewSettings(props: ReviewSettingsProps) {
  return (
    <div class="review__settings">
      <label>
        Chapter
        <select
          value={props.chapter}
          onChange={(event) => props.onChapter(event.currentTarget.value)}
        >
          <option value="all">All chapters</option>
          {props.chapters.map((each) => (
            <option key={each.id} value={each.id}>
              {each.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        New cards per day
        <input
          type="number"
          min={0}
          max={9999}
          inputMode="numeric"
          value={props.newCardsPerDay}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            props.onNewCardsPerDay(
              Number.isFinite(value) && value >= 0 ? Math.round(value) : DEFAULT_NEW_CARDS_PER_DAY,
            );
          }}
        />
      </label>
    </div>
  );
}
