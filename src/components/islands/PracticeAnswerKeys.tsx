/**
 * The practice test without JavaScript: every question, in course order, with its answer behind
 * "Show answer". Rendered at build time only (no client directive), so it ships no script.
 */
import type { QuestionView } from '../../lib/quiz-view';
import { numericKit } from './numeric-kit';
import { QuestionCard } from './QuestionCard';

export default function PracticeAnswerKeys({ questions }: { questions: QuestionView[] }) {
  return (
    <div class="practice not-content">
      <div class="quiz">
        {questions.map((question, index) => (
          <QuestionCard
            key={question.id}
            question={question}
            number={index + 1}
            total={questions.length}
            attempt={undefined}
            interactive={false}
            showChapter
            onTry={() => {}}
            onReveal={() => {}}
            numeric={numericKit}
          />
        ))}
      </div>
    </div>
  );
}
