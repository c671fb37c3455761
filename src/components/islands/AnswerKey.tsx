/**
 * The no-JavaScript version of a question's result: a "Show answer" disclosure with the
 * answer and every explanation. Its HTML comes only from renderInlineMarkdown at build time.
 */
import type { QuestionView } from '../../lib/quiz-view';

export function AnswerKey({ question }: { question: QuestionView }) {
  return (
    <details class="quiz-question__answer" data-pagefind-ignore>
      <summary>Show answer</summary>
      {question.kind === 'numeric' ? (
        <p>
          <strong>Answer: {question.answer.label}.</strong>{' '}
          {/* Sanitized at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
          <span dangerouslySetInnerHTML={{ __html: question.whyHtml }} />
        </p>
      ) : (
        <ul>
          {question.options.map((option) => (
            <li key={option.index}>
              <strong>{option.correct ? 'Correct: ' : 'Incorrect: '}</strong>
              {/* Sanitized at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
              <span dangerouslySetInnerHTML={{ __html: option.html }} /> —{' '}
              <span dangerouslySetInnerHTML={{ __html: option.whyHtml }} />
            </li>
          ))}
        </ul>
      )}
      <a href={question.review.href}>Review: {question.review.title}</a>
    </details>
  );
}

/**
 * The no-JavaScript answer key is written at build time only. In the browser the card shows it
 * just while it hydrates, before it becomes interactive; Preact leaves an element's server HTML
 * in place while hydrating an element with `dangerouslySetInnerHTML`, so the browser bundle
 * needs an empty stand-in, not the answer key's code.
 */
export function AnswerKeyFromServer({ question }: { question: QuestionView }) {
  if (import.meta.env.SSR) return <AnswerKey question={question} />;
  return (
    <details
      class="quiz-question__answer"
      data-pagefind-ignore
      // Empty on purpose: the server's answer key stays in place (see above).
      dangerouslySetInnerHTML={{ __html: '' }}
    />
  );
}
