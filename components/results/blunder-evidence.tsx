import type { Answers } from "@/lib/questionnaire/answers";
import type { AgreementQuestionnaire } from "@/lib/questionnaire/schema";
import { blunderEvidence } from "@/lib/results/evidence";
import { AnswerNote } from "./notes-context";
import { useReportWords } from "./report-words";

type Props = { questionnaire: AgreementQuestionnaire; dimensionId: string; answers: Answers };

/** The respondent's own answers that point to the blunder (see lib/results/evidence.ts). */
export function BlunderEvidence({ questionnaire, dimensionId, answers }: Props) {
  const m = useReportWords().messages.report.blunders;
  const signs = blunderEvidence(questionnaire, dimensionId, answers);
  if (signs.length === 0) return null;
  return (
    <div className="evidence">
      <p>
        <strong>{m.inYourOrganisation}</strong> {m.yourAnswers}
      </p>
      <ul>
        {signs.map((s) => (
          <li key={s.questionId}>
            &ldquo;{s.text}&rdquo; <span className="muted">({s.answer})</span>
            <AnswerNote questionnaireId={questionnaire.id} questionId={s.questionId} />
          </li>
        ))}
      </ul>
    </div>
  );
}
