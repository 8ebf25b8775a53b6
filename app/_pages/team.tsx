import { Island } from "@/components/islands/island";
import { SiteLink } from "@/components/shared/site-link";
import { loadTeamContentIn } from "@/lib/content/assessments/load-team-content";
import { loadCatalogueIn, loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";
import { localePath } from "@/lib/i18n/paths";
import { invitedRun } from "@/lib/invitation/run";
import { forTeamView } from "@/lib/questionnaire/for-browser";
import { Frame } from "./frame";
import { pageMeta } from "./meta";
import { withLinks } from "@/components/shared/with-links";

export const teamMetadata = (locale: Locale) => pageMeta(locale, "team", "/team/");

export function TeamPage({ locale }: { locale: Locale }) {
  const { meta, team } = messagesFor(locale).pages;
  const { minutes } = invitedRun(loadCurrentQuestionnairesIn(locale));
  return (
    <Frame locale={locale} path="/team/">
      <h1>{meta.team.title}</h1>
      <p className="lead no-print">{team.lead}</p>
      <p className="no-print">
        {withLinks(team.firstTime, {
          guide: <SiteLink href={localePath(locale, "/guide/#for-consultants")}>{team.guideLink}</SiteLink>,
        })}
      </p>
      <Island name="invite" props={{ minutes, locale, messages: messagesFor(locale).invitation }} />
      <Island
        name="team"
        props={{
          catalogue: loadCatalogueIn(locale).map(forTeamView),
          content: loadTeamContentIn(locale),
          locale,
          messages: teamViewMessages(locale),
        }}
      />
    </Frame>
  );
}
