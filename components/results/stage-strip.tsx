import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { Stage } from "@/lib/scoring/stages";
import { useReportWords } from "./report-words";

/** The six stages in a row, with "You are here" and "Next stage" marked. */
export function StageStrip({ model, stage }: { model: StageModel; stage: Stage | null }) {
  const m = useReportWords().messages.report.stages;
  return (
    <ol className="stage-strip" aria-label={m.label}>
      {model.stages.map((s) => {
        const here = s.stage === stage;
        const next = stage !== null && s.stage === stage + 1;
        return (
          <li
            key={s.stage}
            className={here ? "stage stage-here" : next ? "stage stage-next" : "stage"}
            aria-current={here ? "step" : undefined}
          >
            <span className="stage-number">{s.stage}</span>
            <span className="stage-name">{s.name}</span>
            {here && <span className="stage-tag">{m.here}</span>}
            {next && <span className="stage-tag">{m.next}</span>}
          </li>
        );
      })}
    </ol>
  );
}
