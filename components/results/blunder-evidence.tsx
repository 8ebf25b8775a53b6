import type { Answers } from "@/lib/questionnaire/answers";
import type { AgreementQuestionnaire } from "@/lib/questionnaire/schema";
import { avoidance } from "@/lib/scoring/agreement";

type Props = { questionnaire: AgreementQuestionnaire; dimensionId: string; answers: Answers };

/**
 * The respondent's own answers that point to the blunder (avoidance of 25 or less), so the
 * report speaks about their organisation, not about blunders in general.
 */
export function BlunderEvidence({ questionnaire, dimensionId, answers }: Props) {
  const points = questionnaire.scale.length;
  const signs = questionnaire.questions.flatMap((q) => {
    const answer = answers[q.id];
    if (q.dimension !== dimensionId || answer?.kind !== "option") return [];
    const value = avoidance(q, answer.index, points);
    return value !== undefined && value <= 25
      ? [{ id: q.id, text: q.text, answer: questionnaire.scale[answer.index] }]
      : [];
  });
  if (signs.length === 0) return null;
  return (
    <div className="evidence">
      <p>
        <strong>In your organisation:</strong> your answers that point to this blunder.
      </p>
      <ul>
        {signs.map((s) => (
          <li key={s.id}>
            &ldquo;{s.text}&rdquo; <span className="muted">({s.answer})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
