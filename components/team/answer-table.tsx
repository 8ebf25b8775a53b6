import type { QuestionSpread } from "@/lib/team/questions";
import { ScoreTable } from "@/components/shared/score-table";

/** How the leaders answered one question, option by option: the table beside (or instead of) its strip. */
export function AnswerTable({ question }: { question: QuestionSpread }) {
  return (
    <ScoreTable
      className="answer-table"
      caption={<>How the leaders answered: {question.text}</>}
      captionHidden
      columns={["Answer", "Leaders"]}
    >
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
    </ScoreTable>
  );
}
