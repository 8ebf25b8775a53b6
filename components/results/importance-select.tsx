import { IMPORTANCE_LEVELS, type Importance } from "@/lib/link/importance";
import { fill } from "@/lib/i18n/format";
import type { ImportanceView } from "@/lib/report/importance-view";

type Props = {
  area: { id: string; name: string };
  importance: ImportanceView;
  onChange: (area: string, level: Importance | undefined) => void;
};

const UNSET = "";

/**
 * How much one area matters to the organisation now: a select, so it works by keyboard and takes
 * one line on a phone. Left unset, it changes nothing; the plan, the chart and the link follow.
 */
export function ImportanceSelect({ area, importance, onChange }: Props) {
  const m = importance.text;
  return (
    <label className="importance-select">
      <span>{m.matters}</span>
      {/* The visible words first, then the area: a reader moving between selects hears which. */}
      <select
        aria-label={fill(m.mattersFor, { area: area.name })}
        value={importance.byArea[area.id] ?? UNSET}
        onChange={(event) =>
          onChange(
            area.id,
            IMPORTANCE_LEVELS.find((level) => level === event.target.value),
          )
        }
      >
        <option value={UNSET}>{m.notMarked}</option>
        {importance.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
