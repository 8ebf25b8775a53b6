import { RadarChart } from "@/components/charts/radar-chart";
import type { CompareModel, CompareWords, SideView } from "@/lib/compare/build-comparison";
import { fill } from "@/lib/i18n/format";
import { MovedAnswersList } from "@/components/shared/moved-answers-list";
import { OverallChange } from "@/components/shared/overall-change";
import { TargetVerdicts } from "@/components/shared/target-verdicts";
import { ChangeTable } from "./change-table";

/** "Earlier: Head of service · Acme · 14 October 2025", from whatever the link carries. */
function SideLine({ side }: { side: SideView }) {
  return (
    <p className="compare-side">
      <strong>{side.name}:</strong>{" "}
      {side.who.map((p, i) => (
        <span key={i}>
          <bdi>{p}</bdi> ·{" "}
        </span>
      ))}
      {side.when}
      {side.language && <> · {side.language}</>}
    </p>
  );
}

/** Two results side by side, as lib/compare/build-comparison.ts sets them out. */
export function ComparisonReport({ model, words }: { model: CompareModel; words: CompareWords }) {
  const m = words.messages.compare;
  // Columns and series are named by the words the two lines above them use: two full dates as
  // column heads would not fit a phone, and two links of one day would not be told apart.
  const { earlier, later } = model;
  return (
    <div className="comparison-report">
      {model.notices.map((n) => (
        <p key={n} className="notice notice-warn" role="status">
          {n}
        </p>
      ))}
      <SideLine side={earlier} />
      <SideLine side={later} />
      {model.comparisons.length === 0 && (
        <p className="notice notice-warn" role="alert">
          {m.nothingShared}
        </p>
      )}
      {model.comparisons.map((c) => (
        <section key={c.questionnaireId} className="report" aria-labelledby={`compare-${c.questionnaireId}`}>
          <h2 id={`compare-${c.questionnaireId}`}>{c.title}</h2>
          <OverallChange view={c} />
          {c.versionNote && <p className="notice">{c.versionNote}</p>}
          <div className="chart-pair">
            <RadarChart {...c.radar} />
            <ChangeTable view={c} before={earlier.name} after={later.name} words={m} />
          </div>
          <TargetVerdicts targets={c.targets} label={m.targetsReached} />
          <MovedAnswersList moved={c.moved} words={m.moved} locale={words.locale} />
          {c.notComparable.length > 0 && (
            <>
              <h3>{m.notComparable}</h3>
              <ul>
                {c.notComparable.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {model.unmatched.length > 0 && (
        <p className="muted">{fill(m.unmatched, { names: model.unmatched.join(", ") })}</p>
      )}
    </div>
  );
}
