import { lazy, memo, Suspense, useMemo, useState } from "react";
import { pageHref } from "@/components/shared/base-path";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { fill, formatCountIn } from "@/lib/i18n/format";
import { unreadLinesMessage } from "@/lib/team-input/caps";
import type { TeamText } from "@/lib/team/text";
import { today } from "@/lib/results/today";
import { joinFragment } from "@/lib/invitation/run";
import { decodeInvitation } from "@/lib/invitation/token";
import { whoHasAnswered } from "@/lib/invitation/answered";
import type { Action } from "@/lib/workshop/actions";
import { actionChoices, actionLines } from "@/lib/workshop/action-choices";
import type { TeamExports } from "@/lib/workshop/exports";
import type { TeamView } from "@/lib/workshop/read-team";
import { ActionsSection } from "./actions-section";
import { Disclosure } from "@/components/shared/disclosure";
import { LeaderGrid } from "@/components/team/leader-grid";
import { PackLink } from "./pack-link";
import { ProblemList } from "@/components/team-input/problem-list";
import { RespondentTable } from "./respondent-table";
import { SpreadSection } from "@/components/team/spread-section";
import { TeamFindings } from "./team-findings";
import { TeamImportance } from "@/components/team/team-importance";
import { TeamOverTime } from "./team-over-time";
import { TeamRecommendations } from "@/components/team/team-recommendations";
import { TeamShare } from "./team-share";
import { TeamSummary } from "@/components/team/team-summary";
import { TopQuestions } from "@/components/team/top-questions";
import { WhoHasAnswered } from "@/components/invitation/who-has-answered";

// Loaded on the first "Present the team view" (see presenting.tsx), and fetched as soon as a
// pointer or the keyboard reaches the button, so the slides are usually there by the click.
const loadPresenting = () => import("./presenting");
const Presenting = lazy(() => loadPresenting().then((m) => ({ default: m.Presenting })));

type Props = {
  view: TeamView;
  /** The respondents' table, the exports and the team link: a moment after the view. */
  exported: TeamExports | null;
  /** The invitation the answers came through, as its token, if the facilitator gave it. */
  invite: string | null;
  actions: Action[];
  onActionsChange: (actions: Action[]) => void;
  catalogue: Catalogue;
  text: TeamText;
};

/**
 * The team view, drawn from its model (lib/workshop/team-report.ts): what was read, who has
 * answered, the workshop's sections in the order a workshop works through them (also the print
 * pack, which starts with the team's result), the actions agreed, each questionnaire's spread,
 * the team over time, then the people and the sharing tools. Memoised: the form above
 * re-renders with every step of a new reading.
 */
export const TeamReport = memo(function TeamReport({
  view,
  exported,
  invite,
  actions,
  onActionsChange,
  catalogue,
  text,
}: Props) {
  const t = text.team;
  const { summary: team, report } = view;
  const [presenting, setPresenting] = useState(false);
  const invitation = useMemo(() => (invite ? decodeInvitation(invite) : null), [invite]);
  const lines = useMemo(() => actionLines(actions, catalogue, text), [actions, catalogue, text]);
  const choices = useMemo(() => actionChoices(report, catalogue, text), [report, catalogue, text]);
  const answered = useMemo(() => {
    if (!invite || !invitation?.ok) return null;
    const joinUrl = `${window.location.origin}${pageHref(text.locale, "/join/")}#${joinFragment(invite)}`;
    return {
      who: whoHasAnswered(
        invitation.value,
        team.labels.map((l) => l ?? undefined),
        joinUrl,
        today(),
        text,
      ),
      invitation: invitation.value,
    };
  }, [invite, invitation, team, text]);
  const slideOptions = useMemo(
    () => ({ actions: lines, ...(invitation?.ok && { team: invitation.value.team }) }),
    [lines, invitation],
  );
  const hasLeaders = team.leaders > 0;
  return (
    <div className="team-report">
      <div className="no-print">
        <p className="overall-value" role="status">
          {report.status}
        </p>
        {team.unreadLines > 0 && (
          <p className="notice notice-warn">{unreadLinesMessage(team.unreadLines, text.locale, text.teamInput)}</p>
        )}
        {team.problems.length > 0 && (
          <ProblemList problems={team.problems} locale={text.locale} words={text.teamInput} />
        )}
        {report.paired && <p>{report.paired}</p>}
        {team.unpaired.map((u) => (
          <p key={`${u.label}\u0000${u.org ?? ""}`} className="notice">
            {fill(t.unpaired, {
              links: formatCountIn(text.locale, u.links),
              who: u.org ? fill(t.labelAndOrg, { label: u.label, org: u.org }) : u.label,
            })}
          </p>
        ))}
        {invitation && !invitation.ok && (
          <p className="notice notice-warn" role="alert">
            {fill(t.invitationUnreadable, { reason: invitation.error.message })}
          </p>
        )}
        {answered && <WhoHasAnswered who={answered.who} invitation={answered.invitation} text={text} />}
        {hasLeaders && (
          <button
            type="button"
            className="button button-secondary"
            onPointerEnter={() => void loadPresenting()}
            onFocus={() => void loadPresenting()}
            onClick={() => setPresenting(true)}
          >
            {t.present}
          </button>
        )}
      </div>
      {presenting && (
        <Suspense fallback={<p role="status">{t.openingPresent}</p>}>
          <Presenting report={report} options={slideOptions} onLeave={() => setPresenting(false)} text={text} />
        </Suspense>
      )}
      {hasLeaders && (
        <>
          <TeamSummary overall={report.overall} team={answered?.invitation.team} words={t} />
          <TeamFindings
            findings={report.findings}
            names={report.names}
            importancePrompt={report.importance?.prompt}
            words={t}
          />
          {report.importance && <TeamImportance model={report.importance} words={t} />}
          <section className="report" aria-labelledby="grid-title">
            <h2 id="grid-title">{t.gridTitle}</h2>
            <LeaderGrid grid={report.grid} titles={report.gridTitles} text={text} />
          </section>
          {report.questions && (
            <TopQuestions items={report.questions} names={report.names} locale={text.locale} words={t} />
          )}
          <TeamRecommendations items={report.recommendations} locale={text.locale} words={t} />
          <ActionsSection
            actions={actions}
            lines={lines}
            choices={choices}
            onChange={onActionsChange}
            team={answered?.invitation.team}
            text={text}
          />
        </>
      )}
      {report.spreads.map((s, i) => (
        <SpreadSection
          key={s.questionnaireId}
          model={s}
          findings={report.findings[i]}
          names={report.names}
          locale={text.locale}
          words={t}
        />
      ))}
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
    </div>
  );
});
