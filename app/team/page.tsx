import type { Metadata } from "next";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { loadTeamContent } from "@/lib/content/assessments/load-team-content";
import { Island } from "@/components/islands/island";
import { forBrowser } from "@/lib/questionnaire/for-browser";
import { SiteLink } from "@/components/shared/site-link";
import { invitedRun } from "@/lib/invitation/run";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Team view",
    description: "Combine many leaders' result links: the team's mean, the spread, and where leaders disagree.",
    path: "/team/",
  });
}

export default function TeamPage() {
  const { minutes } = invitedRun(loadCurrentQuestionnaires());
  return (
    <>
      <h1>Team view</h1>
      <p className="lead no-print">
        Ask each leader for their result link and paste them here, one per line. Where leaders disagree is itself a
        finding. Everything is read in your browser; nothing is uploaded.
      </p>
      <p className="no-print">
        Running a workshop for the first time?{" "}
        <SiteLink href="/guide/#for-consultants">The guide walks through it step by step</SiteLink>, from the invitation
        to the printed pack.
      </p>
      <Island name="invite" props={{ minutes }} />
      <Island
        name="team"
        props={{
          catalogue: loadCatalogue().map(forBrowser),
          content: loadTeamContent(),
          locale: "en",
          messages: teamViewMessages("en"),
        }}
      />
    </>
  );
}
