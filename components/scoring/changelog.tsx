import type { Questionnaire } from "@/lib/questionnaire/schema";
import { countOf } from "@/lib/shared/plural";

const KIND_LABEL = { new: "New", changed: "Changed", removed: "Removed" } as const;

/**
 * What changed in each questionnaire version and why, as the content records it. Results made
 * with an older version keep their scores; a retake carries over only the unchanged answers.
 */
export function Changelog({ questionnaires }: { questionnaires: readonly Questionnaire[] }) {
  const logged = questionnaires.filter((q) => (q.changelog ?? []).length > 0);
  if (logged.length === 0) return null;
  return (
    <section aria-labelledby="changelog">
      <h2 id="changelog">What changed between versions</h2>
      <p>
        A result link records the version it was made with, so an old link is always scored by the questions its
        respondent saw. When you retake, answers to unchanged questions carry over; new and changed ones are left for
        you. Comparisons across versions flag the areas whose questions changed.
      </p>
      {logged.map((q) =>
        (q.changelog ?? []).map((release) => (
          <section key={`${q.id}-${release.version}`} className="changelog-release">
            <h3>
              {q.title}, version {release.version} <small>({release.date})</small>
            </h3>
            <p>{release.summary}</p>
            <details>
              <summary>
                {countOf(release.changes.length, "question change", "question changes")}, each with its reason
              </summary>
              <ul>
                {release.changes.map((c) => (
                  <li key={c.question}>
                    <strong>
                      {KIND_LABEL[c.kind]}: <code>{c.question}</code>.
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
