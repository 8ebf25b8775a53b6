import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { invitedRun } from "@/lib/invitation/run";
import { messagesFor } from "@/lib/i18n/messages";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Your invitation",
    description: "A facilitator invites you to give your view of your team's customer-centricity, privately.",
    path: "/join/",
  });
}

export default function JoinPage() {
  const props = invitedRun(loadCurrentQuestionnaires());
  const { invitation, estimate } = messagesFor("en");
  return (
    <>
      <h1>Your invitation</h1>
      <Island name="join" props={{ ...props, locale: "en", messages: { invitation, estimate } }} />
    </>
  );
}
