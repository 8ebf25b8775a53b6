import type { Answers } from "@/lib/questionnaire/answers";
import type { Questionnaire } from "@/lib/questionnaire/schema";

type Props = { questionnaire: Questionnaire; position: number; answers: Answers };

/** "Question 7 of 28" with one segment per section, so people see how far each part goes. */
export function FlowProgress({ questionnaire, position, answers }: Props) {
  const total = questionnaire.questions.length;
  const current = questionnaire.questions[position];
  const sections = questionnaire.dimensions.map((d) => {
    const questions = questionnaire.questions.filter((q) => q.dimension === d.id);
    return { ...d, size: questions.length, done: questions.filter((q) => answers[q.id]).length };
  });
  const sectionIndex = sections.findIndex((s) => s.id === current?.dimension);
  const answered = questionnaire.questions.filter((q) => answers[q.id]).length;

  return (
    <div className="flow-progress">
      <p className="flow-position" aria-live="polite">
        <strong>
          Question {position + 1} of {total}
        </strong>
        <span className="muted">
          {" "}
          · Section {sectionIndex + 1} of {sections.length}: {sections[sectionIndex]?.name}
        </span>
      </p>
      <progress
        className="visually-hidden"
        max={total}
        value={answered}
        aria-label={`${answered} of ${total} answered`}
      />
      <ol className="sections" aria-label="Sections">
        {sections.map((s, i) => (
          <li key={s.id} style={{ flexGrow: s.size }} aria-current={i === sectionIndex ? "step" : undefined}>
            <span className="section-bar" aria-hidden="true">
              <span style={{ width: `${(100 * s.done) / s.size}%` }} />
            </span>
            <span className="section-name">
              {s.name}
              <span className="visually-hidden">{`: ${s.done} of ${s.size} answered`}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
