import type { Metadata } from "next";
import { InvitationMaker } from "@/components/team/invitation-maker";
import { TeamView } from "@/components/team/team-view";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/load-questionnaires";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { loadTeamContent } from "@/lib/content/load-team-content";
import { Island } from "@/components/islands/island";
import { invitedRun } from "@/lib/invitation/run";

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
      <section className="report-section invite no-print" id="invite" aria-labelledby="invite-title">
        <details>
          <summary>
            <h2 id="invite-title">Invite leaders</h2>
            <span className="report-section-hint">
              One link for the whole team: they answer, then email you their result
            </span>
          </summary>
          <div className="report-section-body">
            <p>
              The invitation lives in its link: your name and email, the team and who is invited travel inside it and
              are stored nowhere. Each leader picks their line, answers both assessments, and ends on a ready email to
              you with their result link; the team view then shows who has answered. The site sends nothing; you and
              they send the emails.
            </p>
            <Island of={InvitationMaker} props={{ minutes }} />
          </div>
        </details>
      </section>
      <Island of={TeamView} props={{ catalogue: loadCatalogue(), content: loadTeamContent() }} />
    </>
  );
}
