import type { Importance } from "@/lib/link/importance";
import type { ImportanceView } from "@/lib/report/importance-view";
import type { AreaView } from "@/lib/report/journey-view";
import { toStage, type Stage } from "@/lib/scoring/stages";
import { fill } from "@/lib/i18n/format";
import { ImportanceSelect } from "./importance-select";
import { useReportWords } from "./report-words";

type Props = {
  areas: AreaView[];
  onChange: (area: string, target: Stage) => void;
  /** With both, each area also says how much it matters now. */
  importance?: ImportanceView | null;
  onImportance?: (area: string, level: Importance | undefined) => void;
};

/**
 * A target stage per area, each a labelled select whose choices name the stage in that area's
 * own words: the plan, the radar and the link follow the choice.
 */
export function TargetControls({ areas, onChange, importance, onImportance }: Props) {
  const m = useReportWords().messages.report.targets;
  return (
    <fieldset className="targets">
      <legend>{m.legend}</legend>
      <p className="muted">{m.intro}</p>
      <ul className="target-list">
        {areas.map((a) =>
          a.figure === null || !a.target ? null : (
            <li key={a.id}>
              <label>
                <span className="target-area">
                  {a.name} <span className="muted">{fill(m.now, { figure: a.figure })}</span>
                </span>
                <select
                  value={a.target.stage}
                  onChange={(event) => onChange(a.id, toStage(Number(event.target.value)))}
                >
                  {a.choices.map((c) => (
                    <option key={c.stage} value={c.stage}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </label>
              {importance && onImportance && (
                <ImportanceSelect area={a} importance={importance} onChange={onImportance} />
              )}
            </li>
          ),
        )}
      </ul>
    </fieldset>
  );
}
