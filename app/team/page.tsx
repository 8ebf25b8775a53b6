import type { Metadata } from "next";
import { TeamView } from "@/components/team/team-view";
import { loadCatalogue } from "@/lib/content/load-questionnaires";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { Island } from "@/components/shared/island";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Team view",
    description: "Combine many leaders' result links: the team's mean, the spread, and where leaders disagree.",
    path: "/team/",
  });
}

export default function TeamPage() {
  return (
    <>
      <h1>Team view</h1>
      <p className="lead">
        Ask each leader for their result link and paste them here, one per line. Where leaders disagree is itself a
        finding. Everything is read in your browser; nothing is uploaded.
      </p>
      <Island name="team" props={{ catalogue: loadCatalogue() }}>
        <TeamView catalogue={loadCatalogue()} />
      </Island>
    </>
  );
}
