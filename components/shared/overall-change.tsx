import type { QuestionnaireComparison } from "@/lib/compare/compare";
import { changeText } from "./change-table";

const NONE = "not enough answers";

/**
 * The headline of a comparison: the overall stage (or avoidance) and, for the journey, the
 * average behind it, which moves long before the stage does.
 */
export function OverallChange({ comparison: c }: { comparison: QuestionnaireComparison }) {
  return (
    <ul className="overall-change">
      <li>
        <span className="overall-change-label">{c.kind === "stages" ? "Overall stage" : "Overall avoidance"}:</span>{" "}
        {c.overall.before ?? NONE} → {c.overall.after ?? NONE}
        {c.overall.direction && (
          <span className={`change-${c.overall.direction}`}> ({changeText(c.overall.direction, null)})</span>
        )}
      </li>
      {c.average && (
        <li>
          <span className="overall-change-label">Average stage:</span> {c.average.before ?? NONE} →{" "}
          {c.average.after ?? NONE}
          {c.average.direction && (
            <span className={`change-${c.average.direction}`}>
              {" "}
              ({changeText(c.average.direction, c.average.delta)})
            </span>
          )}
        </li>
      )}
    </ul>
  );
}
