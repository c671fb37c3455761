/**
 * The four self-grades, Anki's and FSRS's. Apart from scheduling.ts so that pages can list or
 * count grades without loading ts-fsrs, which arrives only on the first flip.
 */
export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly GradeName[] = ['again', 'hard', 'good', 'easy'];
