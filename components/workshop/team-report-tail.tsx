import { fill, formatCountIn } from "@/lib/i18n/format";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamText } from "@/lib/team/text";
import type { Action } from "@/lib/workshop/actions";
import type { TeamExports } from "@/lib/workshop/exports";
import type { TeamSummary } from "@/lib/workshop/read-team";
import { Disclosure } from "@/components/shared/disclosure";
import { PackLink } from "./pack-link";
import { RespondentTable } from "./respondent-table";
import { TeamOverTime } from "./team-over-time";
import { TeamShare } from "./team-share";

type Props = {
  team: TeamSummary;
  exported: TeamExports | null;
  invite: string | null;
  actions: Action[];
  catalogue: Catalogue;
  text: TeamText;
};

/** The report's last part: the team over time, the print pack's link, the respondents and the sharing tools. */
export function TeamReportTail({ team, exported, invite, actions, catalogue, text }: Props) {
  const t = text.team;
  const hasLeaders = team.leaders > 0;
  return (
    <>
      {hasLeaders && <TeamOverTime byQuestionnaire={team.byQuestionnaire} catalogue={catalogue} text={text} />}
      {hasLeaders && <PackLink exports={exported} invite={invite} actions={actions} text={text} />}
      {team.respondents > 0 && (
        <Disclosure
          id="respondents"
          title={t.respondentsTitle}
          hint={fill(t.respondentsHint, { n: formatCountIn(text.locale, team.respondents) })}
          screenOnly
        >
          {exported ? (
            <RespondentTable exports={exported} locale={text.locale} words={t} />
          ) : (
            <p className="muted">{t.preparingTable}</p>
          )}
        </Disclosure>
      )}
      {team.respondents > 0 && (
        <Disclosure id="team-share" title={t.shareTitle} hint={t.shareHint} screenOnly>
          {exported ? (
            <TeamShare exports={exported} invite={invite} actions={actions} text={text} />
          ) : (
            <p className="muted">{t.preparingExports}</p>
          )}
        </Disclosure>
      )}
    </>
  );
}
