import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { DisputedQuestion } from "@/lib/workshop/team-report";
import { AnswerStrip } from "./answer-strip";
import { AnswerTable } from "./answer-table";
import { QuestionPrompt } from "./discussion-prompt";
import { LeaderNotes } from "./leader-notes";

/** The questions leaders disagree on most, each with its answers and the question to discuss. */
export function TopQuestions({
  items,
  names = [],
  locale,
  words,
}: {
  items: DisputedQuestion[];
  names?: readonly string[];
  locale: Locale;
  words: TeamMessages;
}) {
  return (
    <section className="report top-questions" aria-labelledby="top-questions-title">
      <h2 id="top-questions-title">{words.disputedTitle}</h2>
      {items.length === 0 ? (
        <p>{words.noDispute}</p>
      ) : (
        <ol className="top-question-list">
          {items.map((item) => {
            const q = item.question;
            return (
              <li key={`${q.questionnaireId}/${q.id}`} className="card top-question">
                <h3>{q.text}</h3>
                <p className="muted">{q.dimensionName}</p>
                <AnswerStrip question={q} />
                <AnswerTable question={q} words={words} />
                <QuestionPrompt item={item} words={words} />
                <LeaderNotes
                  notes={item.notes}
                  nameOf={(i) => names[i] ?? fill(words.leaderNumbered, { n: i + 1 })}
                  locale={locale}
                  words={words}
                />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
