import type { DisputedQuestion } from "@/lib/workshop/team-report";
import { AnswerStrip } from "./answer-strip";
import { AnswerTable } from "./answer-table";
import { QuestionPrompt } from "./discussion-prompt";
import { LeaderNotes } from "./leader-notes";

/** The questions leaders disagree on most, each with its answers and the question to discuss. */
export function TopQuestions({ items, names = [] }: { items: DisputedQuestion[]; names?: readonly string[] }) {
  return (
    <section className="report top-questions" aria-labelledby="top-questions-title">
      <h2 id="top-questions-title">Where leaders disagree most</h2>
      {items.length === 0 ? (
        <p>On every question, the middle half of the leaders chose the same answer: there is no split to discuss.</p>
      ) : (
        <ol className="top-question-list">
          {items.map((item) => {
            const q = item.question;
            return (
              <li key={`${q.questionnaireId}/${q.id}`} className="card top-question">
                <h3>{q.text}</h3>
                <p className="muted">{q.dimensionName}</p>
                <AnswerStrip question={q} />
                <AnswerTable question={q} />
                <QuestionPrompt item={item} />
                <LeaderNotes notes={item.notes} nameOf={(i) => names[i] ?? `Leader ${i + 1}`} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
