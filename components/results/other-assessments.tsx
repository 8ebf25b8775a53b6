import { SiteLink } from "@/components/shared/site-link";
import { localePath } from "@/lib/i18n/paths";
import { useStorageSnapshot } from "@/components/shared/use-storage-snapshot";
import { encodeFragment } from "@/lib/link/fragment";
import { flowLink } from "@/lib/link/flow-links";
import type { SharedResult } from "@/lib/link/result-schema";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import { latestKey, parseLatest } from "@/lib/storage/latest-results";
import { fill, formatDateIn } from "@/lib/i18n/format";
import { useReportWords } from "./report-words";
import { browserStore } from "@/components/shared/browser-storage";

type Props = { result: SharedResult; current: QuestionnaireSummary[]; catalogue: Catalogue };

/** Offers the assessments this report lacks: add a saved result, or take it now. */
export function OtherAssessments({ result, current, catalogue }: Props) {
  const w = useReportWords();
  const m = w.messages.report.other;
  const missing = current.filter((q) => !result.assessments.some((a) => a.questionnaireId === q.id));
  // The raw stored texts, joined, are a snapshot that stays equal until storage changes; each is
  // parsed below. JSON never holds a raw NUL, so it cannot occur inside one of them.
  const texts = useStorageSnapshot(
    () => missing.map((q) => browserStore.read(latestKey(q.id)) ?? "").join("\u0000"),
    "",
  ).split("\u0000");
  if (missing.length === 0) return null;
  // The other assessment starts with this result in its address, so it finishes on one report
  // holding both, on any device and in a private window, where storage cannot carry it.
  const fragment = encodeFragment(result, catalogue);
  return (
    <section className="report other-assessments no-print" aria-labelledby="other-title">
      <h2 id="other-title">{m.title}</h2>
      <p>{m.intro}</p>
      <ul className="facts">
        {missing.map((q, i) => {
          const latest = parseLatest(texts[i], q.id);
          const known = latest && catalogue.some((c) => c.id === q.id && c.version === latest.result.version);
          const combined = known
            ? encodeFragment({ ...result, assessments: [...result.assessments, latest.result] }, catalogue)
            : null;
          return (
            <li key={q.id} className="card">
              <h3>{q.title}</h3>
              <p className="muted">{fill(m.size, { questions: q.questionCount, minutes: q.minutes })}</p>
              <div className="button-row">
                {combined && latest && (
                  <a className="button" href={`#${combined}`}>
                    {fill(m.add, { date: formatDateIn(w.locale, latest.date) })}
                  </a>
                )}
                <SiteLink
                  className={combined ? "button button-secondary" : "button"}
                  href={localePath(w.locale, flowLink(q.id, "with", fragment))}
                >
                  {m.start}
                  <span className="visually-hidden">: {q.title}</span>
                </SiteLink>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
