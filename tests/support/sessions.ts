import type { GradeName } from '../../src/lib/grades';
import { recordGrade } from '../../src/lib/session-grade';
import { currentCard, type Session } from '../../src/lib/session-queue';

/** Grades the card on screen with each grade in turn; returns the ids shown. */
export function play(session: Session, grades: GradeName[]): { session: Session; shown: string[] } {
  const shown: string[] = [];
  for (const grade of grades) {
    const id = currentCard(session);
    if (id === undefined) break;
    shown.push(id);
    session = recordGrade(session, id, grade);
  }
  return { session, shown };
}
