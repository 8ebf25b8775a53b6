import type { Metadata } from "next";
import { AssessmentCard } from "@/components/home/assessment-card";
import { HomeFacts } from "@/components/home/home-facts";
import { Island } from "@/components/islands/island";
import { SiteLink } from "@/components/shared/site-link";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { loadPageMetadataIn } from "@/lib/content/load-page-metadata";
import { loadSiteIn } from "@/lib/content/load-site";
import { fill, pluralIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { summarise, titlesOf } from "@/lib/questionnaire/summary";
import { READING_WORDS_PER_MINUTE } from "@/lib/questionnaire/timing";
import { Frame } from "./frame";
import { withLinks } from "@/components/shared/with-links";

export function homeMetadata(locale: Locale): Metadata {
  const site = loadSiteIn(locale);
  return loadPageMetadataIn(locale, { title: site.name, description: site.description, path: "/", isHome: true });
}

export function HomePage({ locale }: { locale: Locale }) {
  const { home } = messagesFor(locale).pages;
  const count = (forms: typeof home.questions, n: number) => fill(pluralIn(locale, n, forms), { n });
  const estimate = (minutes: number) =>
    fill(home.estimate, { minutes: count(home.minutes, minutes), pace: READING_WORDS_PER_MINUTE });
  const current = loadCurrentQuestionnairesIn(locale);
  const assessments = current.map(summarise);
  // The journey (the six stages) is the main assessment; the others follow it.
  assessments.sort((a, b) => Number(b.kind === "stages") - Number(a.kind === "stages"));
  const journey = assessments[0];
  const at = (path: string) => localePath(locale, path);
  return (
    <Frame locale={locale} path="/">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{home.title}</h1>
        <p className="lead">{home.lead}</p>
        {journey && (
          <div className="hero-actions">
            <SiteLink className="button" href={at(`/assess/${journey.id}/`)}>
              {home.start}
            </SiteLink>
            <span className="muted">
              {[count(home.questions, journey.questionCount), estimate(journey.minutes), home.noSignUp].join(" · ")}
            </span>
          </div>
        )}
      </section>
      <Island name="latest" props={{ titles: titlesOf(current), locale, messages: messagesFor(locale).latest }} />
      <HomeFacts label={home.factsLabel} facts={home.facts} />
      <h2>{home.twoAssessments}</h2>
      <ul className="facts">
        {assessments.map((a) => (
          <AssessmentCard
            key={a.id}
            assessment={a}
            href={at(`/assess/${a.id}/`)}
            facts={`${fill(home.across, {
              questions: count(home.questions, a.questionCount),
              areas: count(home.areas, a.dimensionCount),
            })} · ${estimate(a.minutes)}`}
            start={home.startOne}
            primary={a === journey}
          />
        ))}
      </ul>
      <h2>{home.withTeam}</h2>
      <p>
        {withLinks(home.teamText, {
          team: <SiteLink href={at("/team/")}>{home.teamLink}</SiteLink>,
          guide: <SiteLink href={at("/guide/")}>{home.guideLink}</SiteLink>,
        })}
      </p>
    </Frame>
  );
}
