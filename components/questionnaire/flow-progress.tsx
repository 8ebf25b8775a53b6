import type { Answers } from "@/lib/questionnaire/answers";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { sectionName } from "@/lib/questionnaire/section-name";
import { minutesLeft } from "@/lib/questionnaire/timing";
import { countOf } from "@/lib/shared/plural";

type Props = { questionnaire: Questionnaire; position: number; answers: Answers };

/**
 * "Question 7 of 28 · Part 2 of 6: …", the time left, and one bar segment per part, kept to
 * two short lines so the question and its answers fit on a phone.
 */
export function FlowProgress({ questionnaire, position, answers }: Props) {
  const total = questionnaire.questions.length;
  const current = questionnaire.questions[position];
  const sections = questionnaire.dimensions.map((d) => {
    const questions = questionnaire.questions.filter((q) => q.dimension === d.id);
    return {
      id: d.id,
      name: sectionName(d),
      size: questions.length,
      done: questions.filter((q) => answers[q.id]).length,
    };
  });
  const sectionIndex = sections.findIndex((s) => s.id === current?.dimension);
  const answered = questionnaire.questions.filter((q) => answers[q.id]).length;
  const minutes = minutesLeft(questionnaire, position);

  return (
    <div className="flow-progress">
      <p className="flow-position" aria-live="polite">
        <strong>
          Question {position + 1} of {total}
        </strong>
        <span className="muted">
          {" "}
          · Part {sectionIndex + 1} of {sections.length}: {sections[sectionIndex]?.name}
        </span>
        <span className="muted flow-time"> · about {countOf(minutes, "minute", "minutes")} left</span>
      </p>
      <progress
        className="visually-hidden"
        max={total}
        value={answered}
        aria-label={`${answered} of ${total} answered`}
      />
      <ol className="sections" aria-label="Parts">
        {sections.map((s, i) => (
          <li key={s.id} style={{ flexGrow: s.size }} aria-current={i === sectionIndex ? "step" : undefined}>
            <span className="section-bar" aria-hidden="true">
              <span style={{ width: `${(100 * s.done) / s.size}%` }} />
            </span>
            <span className="visually-hidden">{`${s.name}: ${s.done} of ${s.size} answered`}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
