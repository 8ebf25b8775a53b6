import type { QuestionSpread } from "@/lib/team/questions";

/** How the leaders answered one question, option by option: the table beside (or instead of) its strip. */
export function AnswerTable({ question }: { question: QuestionSpread }) {
  return (
    <table className="score-table answer-table">
      <caption className="visually-hidden">How the leaders answered: {question.text}</caption>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          <th scope="col">Leaders</th>
        </tr>
      </thead>
      <tbody>
        {question.options.map((o, i) => (
          <tr key={i}>
            <th scope="row">{o.label}</th>
            <td>{o.count}</td>
          </tr>
        ))}
        {question.dontKnow > 0 && (
          <tr>
            <th scope="row">Don&rsquo;t know</th>
            <td>{question.dontKnow}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
