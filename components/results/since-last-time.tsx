import { MovedAnswersList } from "@/components/shared/moved-answers-list";
import { OverallChange } from "@/components/shared/overall-change";
import { TargetVerdicts } from "@/components/shared/target-verdicts";
import type { ReportModel } from "@/lib/report/build-report";
import { fill } from "@/lib/i18n/format";
import { useNotes } from "./notes-context";
import { useReportWords } from "./report-words";

type Props = { since: NonNullable<ReportModel["since"]> };

/**
 * What moved since the result this one retook: the overall, each area and each answer. It is
 * the reason a leader retakes, so it opens without a click. A change smaller than the spread of
 * the leader's own answers is said to be within it, not called progress.
 */
export function SinceLastTime({ since }: Props) {
  const notes = useNotes();
  const w = useReportWords();
  const m = w.messages.report;
  return (
    <div className="since-last-time">
      {since.views.map((c) => (
        // A div, not a region: the report's own section for this assessment has its title.
        <div key={c.questionnaireId} className="since-one">
          <h3>{c.title}</h3>
          <OverallChange view={c} />
          {c.versionNote && <p className="notice">{c.versionNote}</p>}
          {/* A list, not the compare page's table: four columns do not fit a phone inside a section. */}
          <ul className="area-changes" aria-label={fill(m.since.byArea, { scale: c.scale })}>
            {c.rows.map((r) => (
              <li key={r.id}>
                <span className="area-change-name">{r.name}:</span> {r.before} → {r.after}{" "}
                <span className={r.tone ? `change-${r.tone}` : undefined}>({r.change})</span>
                {r.caution && <span className="muted"> {r.caution}</span>}
              </li>
            ))}
          </ul>
          {c.notComparable.length > 0 && <p className="muted">{c.notComparable.join(" ")}</p>}
          <TargetVerdicts targets={c.targets} label={m.targetsReached} />
          <MovedAnswersList
            moved={c.moved}
            headingLevel={4}
            words={{ ...m.moved, noteBefore: m.notes.before, noteNow: m.notes.now }}
            locale={w.locale}
            notes={{ before: notes.earlier[c.questionnaireId] ?? {}, after: notes.notes[c.questionnaireId] ?? {} }}
          />
        </div>
      ))}
      {since.views.length === 0 && <p className="muted">{m.since.nothing}</p>}
      {since.unmatched.length > 0 && since.views.length > 0 && (
        <p className="muted">{fill(m.since.unmatched, { names: since.unmatched.join(", ") })}</p>
      )}
    </div>
  );
}
