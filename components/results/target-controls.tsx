import type { StageModel } from "@/lib/questionnaire/stage-model";
import { formatStageScore } from "@/lib/results/format";
import { targetChoices, type Targets } from "@/lib/results/targets";
import { roundStage, toStage, type Stage, type StagesScore } from "@/lib/scoring/stages";

type Props = {
  score: StagesScore;
  targets: Targets;
  model: StageModel;
  onChange: (dimensionId: string, target: Stage) => void;
};

/** A target stage per area, each a labelled select: the plan and the link follow the choice. */
export function TargetControls({ score, targets, model, onChange }: Props) {
  const name = (stage: number) => model.stages.find((s) => s.stage === stage)?.name ?? "";
  return (
    <fieldset className="targets">
      <legend>Targets: where each area should get to</legend>
      <p className="muted">
        Each starts one stage above where the area stands. Change one and the plan, the radar and the link follow.
      </p>
      <ul className="target-list">
        {score.dimensions.map((d) => {
          const target = targets[d.id];
          if (d.score === null || target === undefined) return null;
          const here = roundStage(d.score);
          return (
            <li key={d.id}>
              <label>
                <span className="target-area">
                  {d.name} <span className="muted">now {formatStageScore(d.score)}</span>
                </span>
                <select value={target} onChange={(event) => onChange(d.id, toStage(Number(event.target.value)))}>
                  {targetChoices(d.score).map((stage) => (
                    <option key={stage} value={stage}>
                      {stage === here ? `Stage ${stage}: ${name(stage)} (hold)` : `Stage ${stage}: ${name(stage)}`}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
