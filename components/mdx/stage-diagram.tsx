import type { StageModel } from "@/lib/questionnaire/stage-model";

/** The six stages as a staircase; `highlight="3"` marks one of them. */
/** `marked` is read out after the marked stage, in the article's language (" (highlighted)"). */
export function StageDiagram({
  model,
  highlight,
  marked: said,
}: {
  model: StageModel;
  highlight?: string;
  marked: string;
}) {
  const marked = Number(highlight);
  return (
    <figure className="stage-diagram">
      <ol>
        {model.stages.map((s) => (
          <li
            key={s.stage}
            className={s.stage === marked ? "is-marked" : undefined}
            style={{ marginTop: `${(6 - s.stage) * 0.6}rem` }}
          >
            <span className="stage-number">{s.stage}</span>
            <span className="stage-name">{s.name}</span>
            {s.stage === marked && <span className="visually-hidden">{said}</span>}
          </li>
        ))}
      </ol>
      <figcaption>{model.credit}</figcaption>
    </figure>
  );
}
