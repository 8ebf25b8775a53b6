import { Fragment } from "react";
import { promptFor, type TeamContent } from "@/lib/team/content";
import { mostDisputed, type QuestionSpread } from "@/lib/team/questions";
import { AnswerStrip } from "./answer-strip";

/** The questions leaders disagree on most, each with its answers and the question to discuss. */
export function TopQuestions({ questions, content }: { questions: QuestionSpread[]; content: TeamContent }) {
  const top = mostDisputed(questions);
  return (
    <section className="report top-questions" aria-labelledby="top-questions-title" data-present>
      <h2 id="top-questions-title">Where leaders disagree most</h2>
      {top.length === 0 ? (
        <p>On every question, the middle half of the leaders chose the same answer: there is no split to discuss.</p>
      ) : (
        <ol className="top-question-list">
          {top.map((q) => {
            const prompt = promptFor(content, q.questionnaireId, q.dimension);
            return (
              <li key={`${q.questionnaireId}/${q.id}`} className="card top-question">
                <h3>{q.text}</h3>
                <p className="muted">{q.dimensionName}</p>
                <AnswerStrip question={q} />
                <table className="score-table answer-table">
                  <caption className="visually-hidden">How the leaders answered: {q.text}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Answer</th>
                      <th scope="col">Leaders</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.options.map((o, i) => (
                      <tr key={i}>
                        <th scope="row">{o.label}</th>
                        <td>{o.count}</td>
                      </tr>
                    ))}
                    {q.dontKnow > 0 && (
                      <tr>
                        <th scope="row">Don&rsquo;t know</th>
                        <td>{q.dontKnow}</td>
                      </tr>
                    )}
                  </tbody>
                </table>
                {prompt && (
                  <Fragment>
                    <p className="discussion-prompt">
                      <strong>Discuss:</strong> {prompt.prompt}
                    </p>
                    <p className="credit muted">After {prompt.credit}.</p>
                  </Fragment>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
