import { parseHistory } from "@/lib/storage/history";
import { HISTORY_KEY } from "@/lib/storage/keys";
import { recentResults } from "@/lib/storage/recent-results";
import { browserStore } from "./browser-storage";
import { formatDateIn, formatListIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { LatestMessages } from "@/lib/i18n/messages/en/latest";
import { localePath } from "@/lib/i18n/paths";
import { SiteLink } from "./site-link";
import { useStorageSnapshot } from "./use-storage-snapshot";

/** Titles by questionnaire id, so a saved result can be named without shipping questions. */
export type LatestResultsProps = { titles: Record<string, string>; locale: Locale; messages: LatestMessages };

/**
 * "Your latest results": what this browser finished before, with the way back into each. It
 * renders nothing without saved results, and nothing when storage cannot be read (the guarded
 * store then reads as empty), so a first visit and a private window see the page unchanged.
 */
export function LatestResultsPanel({ titles, locale, messages: m }: LatestResultsProps) {
  // The raw text is the snapshot (stable until storage changes); it is parsed afterwards.
  const recent = recentResults(parseHistory(useStorageSnapshot(() => browserStore.read(HISTORY_KEY), null)));
  if (recent.length === 0) return null;
  const title = (id: string) => titles[id] ?? id;
  const names = (ids: readonly string[]) => formatListIn(locale, ids.map(title));
  return (
    <section className="latest-results card" aria-labelledby="latest-results-title">
      <h2 id="latest-results-title">{m.title}</h2>
      <p className="muted">{m.intro}</p>
      <ul className="latest-list">
        {recent.map((r) => {
          const date = r.date && formatDateIn(locale, r.date);
          const name = `${names(r.questionnaireIds)}${date ? `, ${date}` : ""}`;
          return (
            <li key={r.open}>
              <p className="latest-name">
                {names(r.questionnaireIds)}
                {date && <span className="muted"> · {date}</span>}
              </p>
              <div className="button-row">
                <SiteLink className="button" href={localePath(locale, r.open)}>
                  {m.open}
                  <span className="visually-hidden">: {name}</span>
                </SiteLink>
                {r.retake.map((t) => (
                  <SiteLink
                    key={t.questionnaireId}
                    className="button button-secondary"
                    href={localePath(locale, t.path)}
                  >
                    {m.retake}
                    {r.retake.length > 1 ? (
                      <>: {title(t.questionnaireId)}</>
                    ) : (
                      <span className="visually-hidden">: {name}</span>
                    )}
                  </SiteLink>
                ))}
                <SiteLink className="button button-secondary" href={localePath(locale, r.compare)}>
                  {m.compare}
                  <span className="visually-hidden">: {name}</span>
                </SiteLink>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
