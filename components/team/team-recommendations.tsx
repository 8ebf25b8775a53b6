import { SiteLink } from "@/components/shared/site-link";
import { RISK_BAND_LABELS } from "@/lib/scoring/agreement";
import { formatStageScore } from "@/lib/results/format";
import type { TeamContent } from "@/lib/team/content";
import type { TeamRecommendation } from "@/lib/team/recommend";

const where = (r: TeamRecommendation) =>
  r.kind === "journey"
    ? `team mean ${formatStageScore(r.mean)}: from stage ${r.from} to ${r.to}`
    : `team mean ${Math.round(r.mean)} / 100: ${RISK_BAND_LABELS[r.band]}`;

/** What the team could do next in its weakest areas, from the same advice a leader's plan uses. */
export function TeamRecommendations({ items, content }: { items: TeamRecommendation[]; content: TeamContent }) {
  return (
    <section className="report" aria-labelledby="team-recommendations-title" data-present>
      <h2 id="team-recommendations-title">What the team could do next</h2>
      {items.length === 0 ? (
        <p>No area is weak enough for a team step: every area is at stage 6 or clear of the blunders.</p>
      ) : (
        <ol className="top-question-list">
          {items.map((r) => (
            <li key={`${r.questionnaireId}/${r.area}`} className="card">
              <h3>
                {r.areaName}: {r.title}
              </h3>
              <p className="muted">{where(r)}</p>
              <p>{r.step}</p>
              <p className="muted">{r.why}</p>
              {r.articles.length > 0 && (
                <p>
                  Read:{" "}
                  {r.articles.map((slug, i) => (
                    <span key={slug}>
                      {i > 0 && ", "}
                      <SiteLink href={`/articles/${slug}/`}>{content.articleTitles[slug] ?? slug}</SiteLink>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
