import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { messagesFor } from "@/lib/i18n/messages";
import { titlesOf } from "@/lib/questionnaire/summary";
import { BlundersOverview } from "@/components/overview/blunders-overview";
import { loadTags } from "@/lib/content/library/load-articles";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { blundersOf } from "@/lib/questionnaire/catalogue";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "The five service blunders",
    description:
      "Paul Levesque's five customer-service blunders, the better alternative to each, and articles that go deeper.",
    path: "/blunders/",
  });
}

export default function BlundersPage() {
  const current = loadCurrentQuestionnaires();
  const blunders = blundersOf(current);
  if (!blunders) throw new Error("content/questionnaires has no blunders check (a questionnaire of kind: agreement)");
  return (
    <BlundersOverview
      latest={
        <Island name="latest" props={{ titles: titlesOf(current), locale: "en", messages: messagesFor("en").latest }} />
      }
      blunders={blunders}
      library={loadLibrary()}
      tags={loadTags()}
      language={{ locale: "en", messages: messagesFor("en") }}
    />
  );
}
