import { Island } from "@/components/islands/island";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { invitedRun } from "@/lib/invitation/run";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

export const joinMetadata = (locale: Locale) => pageMeta(locale, "join", "/join/");

export function JoinPage({ locale }: { locale: Locale }) {
  const { pages, invitation, estimate } = messagesFor(locale);
  return (
    <Frame locale={locale} path="/join/">
      <h1>{pages.meta.join.title}</h1>
      <Island
        name="join"
        props={{ ...invitedRun(loadCurrentQuestionnairesIn(locale)), locale, messages: { invitation, estimate } }}
      />
    </Frame>
  );
}
