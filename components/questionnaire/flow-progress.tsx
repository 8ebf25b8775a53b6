import type { Answers } from "@/lib/questionnaire/answers";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { sectionName } from "@/lib/questionnaire/section-name";
import { minutesLeft } from "@/lib/questionnaire/timing";
import { fill, formatCountIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { EstimateMessages } from "@/lib/i18n/messages/en/estimate";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import { minutesIn } from "@/lib/questionnaire/estimate";

type Props = {
  questionnaire: Questionnaire;
  position: number;
  answers: Answers;
  locale: Locale;
  messages: { flow: FlowMessages; estimate: EstimateMessages };
};

/**
 * "Question 7 of 28 · Part 2 of 6: …", the time left, and one bar segment per part, kept to
 * two short lines so the question and its answers fit on a phone.
 */
export function FlowProgress({ questionnaire, position, answers, locale, messages }: Props) {
  const m = messages.flow.progress;
  const count = (n: number) => formatCountIn(locale, n);
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
        <strong>{fill(m.position, { n: count(position + 1), total: count(total) })}</strong>
        <span className="muted">
          {" · "}
          {fill(m.part, {
            n: count(sectionIndex + 1),
            total: count(sections.length),
            name: sections[sectionIndex]?.name ?? "",
          })}
        </span>
        <span className="muted flow-time">
          {" · "}
          {fill(m.timeLeft, { minutes: minutesIn(locale, messages.estimate, minutes) })}
        </span>
      </p>
      <progress
        className="visually-hidden"
        max={total}
        value={answered}
        aria-label={fill(m.answered, { answered: count(answered), total: count(total) })}
      />
      <ol className="sections" aria-label={m.parts}>
        {sections.map((s, i) => (
          <li key={s.id} style={{ flexGrow: s.size }} aria-current={i === sectionIndex ? "step" : undefined}>
            <span className="section-bar" aria-hidden="true">
              <span style={{ width: `${(100 * s.done) / s.size}%` }} />
            </span>
            <span className="visually-hidden">
              {fill(m.partAnswered, { name: s.name, done: count(s.done), size: count(s.size) })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
