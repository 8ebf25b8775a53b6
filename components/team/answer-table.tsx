import { fill } from "@/lib/i18n/format";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { QuestionSpread } from "@/lib/team/questions";
import { ScoreTable } from "@/components/shared/score-table";

type Words = Pick<TeamMessages, "answeredCaption" | "answer" | "leadersColumn" | "dontKnow">;

/** How the leaders answered one question, option by option: the table beside (or instead of) its strip. */
export function AnswerTable({ question, words }: { question: QuestionSpread; words: Words }) {
  return (
    <ScoreTable
      className="answer-table"
      caption={fill(words.answeredCaption, { question: question.text })}
      captionHidden
      columns={[words.answer, words.leadersColumn]}
    >
      {question.options.map((o, i) => (
        <tr key={i}>
          <th scope="row">{o.label}</th>
          <td>{o.count}</td>
        </tr>
      ))}
      {question.dontKnow > 0 && (
        <tr>
          <th scope="row">{words.dontKnow}</th>
          <td>{question.dontKnow}</td>
        </tr>
      )}
    </ScoreTable>
  );
}
