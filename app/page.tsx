import { SiteLink } from "@/components/shared/site-link";
import { AssessmentCard } from "@/components/home/assessment-card";
import { HomeFacts } from "@/components/home/home-facts";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { summarise, titlesOf } from "@/lib/questionnaire/summary";
import { estimateText } from "@/lib/questionnaire/timing";
import { Island } from "@/components/islands/island";
import { messagesFor } from "@/lib/i18n/messages";
import type { Metadata } from "next";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { loadSite } from "@/lib/content/load-site";
import { siteTitle } from "@/lib/site/page-metadata";

export function generateMetadata(): Metadata {
  const site = loadSite();
  return loadPageMetadata({ title: siteTitle(site), description: site.description, path: "/", isHome: true });
}

export default function HomePage() {
  const current = loadCurrentQuestionnaires();
  const assessments = current.map(summarise);
  // The journey (the six stages) is the main assessment; the others follow it.
  assessments.sort((a, b) => Number(b.kind === "stages") - Number(a.kind === "stages"));
  const journey = assessments[0];
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">How customer-centric is your organisation, really?</h1>
        <p className="lead">
          Answer questions about what actually happens in your organisation, not what it intends. You get a radar of
          where you stand on the journey from product-centric to customer-centric, your overall stage, and the next step
          for your weakest areas.
        </p>
        {journey && (
          <div className="hero-actions">
            <SiteLink className="button" href={`/assess/${journey.id}/`}>
              Start the assessment
            </SiteLink>
            <span className="muted">
              {journey.questionCount} questions · {estimateText(journey.minutes)} · no sign-up
            </span>
          </div>
        )}
      </section>
      <Island name="latest" props={{ titles: titlesOf(current), locale: "en", messages: messagesFor("en").latest }} />
      <HomeFacts />
      <h2>Two assessments</h2>
      <ul className="facts">
        {assessments.map((a) => (
          <AssessmentCard key={a.id} assessment={a} primary={a === journey} />
        ))}
      </ul>
      <h2>With your leadership team</h2>
      <p>
        Invite your fellow leaders from the <SiteLink href="/team/">Team view</SiteLink>, see where their answers agree
        and where they differ, and run the workshop from the site.{" "}
        <SiteLink href="/guide/">How to use Outside-In</SiteLink> walks leaders and consultants through every step.
      </p>
    </>
  );
}
