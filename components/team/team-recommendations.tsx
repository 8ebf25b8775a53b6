import { SiteLink } from "@/components/shared/site-link";
import type { RecommendationItem } from "@/lib/workshop/team-report";

/** One recommendation: what to do, where the team stands, why, and what to read. */
export function RecommendationCard({ item: r }: { item: RecommendationItem }) {
  return (
    <>
      <h3>
        {r.areaName}: {r.title}
      </h3>
      <p className="muted">{r.where}</p>
      <p>{r.step}</p>
      <p className="muted">{r.why}</p>
      {r.reading.length > 0 && (
        <p>
          Read:{" "}
          {r.reading.map(({ slug, title }, i) => (
            <span key={slug}>
              {i > 0 && ", "}
              <SiteLink href={`/articles/${slug}/`}>{title}</SiteLink>
            </span>
          ))}
        </p>
      )}
    </>
  );
}

/** What the team could do next in its weakest areas, from the same advice a leader's plan uses. */
export function TeamRecommendations({ items }: { items: RecommendationItem[] }) {
  return (
    <section className="report" aria-labelledby="team-recommendations-title">
      <h2 id="team-recommendations-title">What the team could do next</h2>
      {items.length === 0 ? (
        <p>No area is weak enough for a team step: every area is at stage 6 or clear of the blunders.</p>
      ) : (
        <ol className="top-question-list">
          {items.map((r) => (
            <li key={`${r.questionnaireId}/${r.area}`} className="card">
              <RecommendationCard item={r} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
