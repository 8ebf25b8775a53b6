import { BlundersOverview } from "@/components/overview/blunders-overview";
import { loadTags } from "@/lib/content/load-articles";
import { loadLibrary } from "@/lib/content/load-library";
import { loadCurrentQuestionnaires } from "@/lib/content/load-questionnaires";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata = pageMetadata({
  title: "The five service blunders",
  description:
    "Paul Levesque's five customer-service blunders, the better alternative to each, and articles that go deeper.",
  path: "/blunders/",
});

export default function BlundersPage() {
  const blunders = loadCurrentQuestionnaires().find((q) => q.id === "blunders");
  // The page shows each blunder's alternative, which only the agreement kind carries.
  if (blunders?.kind !== "agreement")
    throw new Error("content/questionnaires/blunders.yaml must be the agreement-kind blunders check");
  return <BlundersOverview blunders={blunders} library={loadLibrary()} tags={loadTags()} />;
}
