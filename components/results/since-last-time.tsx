import { changeText } from "@/components/shared/change-table";
import { MovedAnswersList } from "@/components/shared/moved-answers-list";
import { OverallChange } from "@/components/shared/overall-change";
import type { compareResults } from "@/lib/compare/compare";

type Props = { change: ReturnType<typeof compareResults> };

/**
 * What moved since the result this one retook: the overall, each area and each answer. It is
 * the reason a leader retakes, so it opens without a click.
 */
export function SinceLastTime({ change }: Props) {
  return (
    <div className="since-last-time">
      {change.comparisons.map((c) => (
        // A div, not a region: the report's own section for this assessment has its title.
        <div key={c.questionnaireId} className="since-one">
          <h3>{c.title}</h3>
          <OverallChange comparison={c} />
          {c.beforeVersion !== c.afterVersion && (
            <p className="notice">
              Last time used version {c.beforeVersion} of these questions and this time version {c.afterVersion}. Areas
              and answers are compared where both versions have them.
            </p>
          )}
          {/* A list, not the compare page's table: four columns do not fit a phone inside a section. */}
          <ul className="area-changes" aria-label="Change by area">
            {c.dimensions.map((d) => (
              <li key={d.id}>
                <span className="area-change-name">{d.name}:</span> {d.before ?? "–"} → {d.after ?? "–"}{" "}
                <span className={d.direction ? `change-${d.direction}` : undefined}>
                  ({d.direction === null ? "not enough answers" : changeText(d.direction, d.delta)})
                </span>
                {d.caution && <span className="muted"> {d.caution}</span>}
              </li>
            ))}
          </ul>
          {c.notComparable.length > 0 && <p className="muted">{c.notComparable.join(" ")}</p>}
          <MovedAnswersList moved={c.moved} headingLevel={4} />
        </div>
      ))}
      {change.comparisons.length === 0 && (
        <p className="muted">
          The earlier result holds none of the assessments in this one, so there is nothing to compare.
        </p>
      )}
      {change.unmatched.length > 0 && change.comparisons.length > 0 && (
        <p className="muted">Only in one of the two results, so not compared: {change.unmatched.join(", ")}.</p>
      )}
    </div>
  );
}
