import type { Questionnaire } from "@/lib/questionnaire/schema";
import { fill, formatCountIn, pluralIn } from "@/lib/i18n/format";
import type { ScoringWords } from "@/lib/report/scoring-rules";

/**
 * What changed in each questionnaire version and why, as the content records it. Results made
 * with an older version keep their scores; a retake carries over only the unchanged answers.
 */
export function Changelog({
  questionnaires,
  words,
}: {
  questionnaires: readonly Questionnaire[];
  words: ScoringWords;
}) {
  const { locale } = words;
  const m = words.messages.scoring.changelog;
  const logged = questionnaires.filter((q) => (q.changelog ?? []).length > 0);
  if (logged.length === 0) return null;
  return (
    <section aria-labelledby="changelog">
      <h2 id="changelog">{m.heading}</h2>
      <p>{m.text}</p>
      {logged.map((q) =>
        (q.changelog ?? []).map((release) => (
          <section key={`${q.id}-${release.version}`} className="changelog-release">
            <h3>
              {fill(m.release, { title: q.title, version: release.version })} <small>({release.date})</small>
            </h3>
            <p>{release.summary}</p>
            <details>
              <summary>
                {fill(pluralIn(locale, release.changes.length, m.changes), {
                  n: formatCountIn(locale, release.changes.length),
                })}
              </summary>
              <ul>
                {release.changes.map((c) => (
                  <li key={c.question}>
                    <strong>
                      {m.kinds[c.kind]} <code>{c.question}</code>.
                    </strong>{" "}
                    {c.why}
                  </li>
                ))}
              </ul>
            </details>
          </section>
        )),
      )}
    </section>
  );
}
