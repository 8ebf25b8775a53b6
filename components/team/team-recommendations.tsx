import { ArticleTitleLink } from "@/components/shared/article-title-link";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { RecommendationItem } from "@/lib/workshop/team-report";

/** One recommendation: what to do, where the team stands, why, and what to read. */
export function RecommendationCard({
  item: r,
  locale,
  words,
}: {
  item: RecommendationItem;
  locale: Locale;
  words: Pick<TeamMessages, "read" | "inEnglish">;
}) {
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
          {words.read}{" "}
          {r.reading.map(({ slug, title, inEnglish }, i) => (
            <span key={slug}>
              {i > 0 && ", "}
              <ArticleTitleLink
                locale={locale}
                slug={slug}
                title={title}
                english={inEnglish === true}
                inEnglish={words.inEnglish}
              />
            </span>
          ))}
        </p>
      )}
    </>
  );
}

/** What the team could do next in its weakest areas, from the same advice a leader's plan uses. */
export function TeamRecommendations({
  items,
  locale,
  words,
}: {
  items: RecommendationItem[];
  locale: Locale;
  words: TeamMessages;
}) {
  return (
    <section className="report" aria-labelledby="team-recommendations-title">
      <h2 id="team-recommendations-title">{words.recommendationsTitle}</h2>
      {items.length === 0 ? (
        <p>{words.noRecommendation}</p>
      ) : (
        <ol className="top-question-list">
          {items.map((r) => (
            <li key={`${r.questionnaireId}/${r.area}`} className="card">
              <RecommendationCard item={r} locale={locale} words={words} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
