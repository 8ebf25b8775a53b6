import { memo, useMemo } from "react";
import { pageHref } from "@/components/shared/base-path";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
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
import { LeaderGrid } from "@/components/team/leader-grid";
import { useStaged } from "@/components/shared/use-staged";
import { SpreadSection } from "@/components/team/spread-section";
import { TeamFindings } from "./team-findings";
import { TeamImportance } from "@/components/team/team-importance";
import { TeamRecommendations } from "@/components/team/team-recommendations";
import { TeamReportHead } from "./team-report-head";
import { TeamReportTail } from "./team-report-tail";
import { TeamSummary } from "@/components/team/team-summary";
import { TopQuestions } from "@/components/team/top-questions";

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
 * The report's parts, each drawn in a task of its own (useStaged), in this order: what was read
 * with the team's result and findings; the grid; the top questions; the recommendations and the
 * actions; each spread; the rest. React commits a render in one task, and the browser lays out
 * all it added in that task too: 5,000 leaders' report at once was one task of some 300 ms at 4×
 * CPU, most of it layout, and the findings with the grid's first rows still over 100 ms.
 */
const GRID = 2;
const QUESTIONS = 3;
const ACTIONS = 4;
const SPREADS = 5;

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
  // Staged afresh for each team read (its summary), not when the notes come into the report.
  const part = useStaged(SPREADS + report.spreads.length, 1, team);
  return (
    <div className="team-report">
      <TeamReportHead view={view} invitation={invitation} answered={answered} slideOptions={slideOptions} text={text} />
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
          {part >= GRID && (
            <section className="report" aria-labelledby="grid-title">
              <h2 id="grid-title">{t.gridTitle}</h2>
              <LeaderGrid grid={report.grid} titles={report.gridTitles} text={text} />
            </section>
          )}
          {part >= QUESTIONS && report.questions && (
            <TopQuestions items={report.questions} names={report.names} locale={text.locale} words={t} />
          )}
          {part >= ACTIONS && <TeamRecommendations items={report.recommendations} locale={text.locale} words={t} />}
          {part >= ACTIONS && (
            <ActionsSection
              actions={actions}
              lines={lines}
              choices={choices}
              onChange={onActionsChange}
              team={answered?.invitation.team}
              text={text}
            />
          )}
        </>
      )}
      {report.spreads.slice(0, Math.max(0, part - SPREADS + 1)).map((s, i) => (
        <SpreadSection
          key={s.questionnaireId}
          model={s}
          findings={report.findings[i]}
          names={report.names}
          locale={text.locale}
          words={t}
        />
      ))}
      {part >= SPREADS + report.spreads.length && (
        <TeamReportTail
          team={team}
          exported={exported}
          invite={invite}
          actions={actions}
          catalogue={catalogue}
          text={text}
        />
      )}
    </div>
  );
});
