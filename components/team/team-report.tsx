import { memo, useRef } from "react";
import { ReportSection, useSections } from "@/components/shared/report-section";
import { usePrinting } from "@/components/shared/use-printing";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamAggregate } from "@/lib/team/types";
import type { TeamContent } from "@/lib/team/content";
import { unreadLinesMessage } from "@/lib/team-input/caps";
import { ProblemList } from "./problem-list";
import { RespondentTable } from "./respondent-table";
import { SpreadSection } from "./spread-section";
import { TeamShare } from "./team-share";
import { PresentControls } from "./present-controls";
import { TeamWorkshop } from "./team-workshop";
import { TeamOverTime } from "./team-over-time";
import { usePresent } from "./use-present";
import { formatCount } from "@/lib/shared/numbers";
import { countOf } from "@/lib/shared/plural";

/**
 * The aggregated view: what was read, the workshop's sections (which present mode steps
 * through), per assessment the mean and spread, then the people and the sharing tools.
 * Memoised: the form above re-renders with every slice of a new reading, and redrawing
 * hundreds of respondents and the charts each time would undo the slicing.
 */
export const TeamReport = memo(function TeamReport({
  team,
  catalogue,
  content,
}: {
  team: TeamAggregate;
  catalogue: Catalogue;
  content: TeamContent;
}) {
  // The table of people and the sharing tools open on demand: with hundreds of respondents,
  // drawing them all before anyone asks was most of the time the view took to appear.
  const sections = useSections(usePrinting());
  const root = useRef<HTMLDivElement>(null);
  const present = usePresent(root);
  return (
    <div className="team-report" ref={root} data-presenting={present.slide !== null || undefined}>
      <p className="overall-value" role="status">
        {countOf(team.respondents.length, "result", "results")} read
        {team.problems.length > 0 && `, ${countOf(team.problems.length, "line", "lines")} skipped`}.
      </p>
      {team.unreadLines > 0 && <p className="notice notice-warn">{unreadLinesMessage(team.unreadLines)}</p>}
      {/* The print pack is for the workshop: the links and the lines that failed stay on screen. */}
      {team.problems.length > 0 && (
        <div className="no-print">
          <ProblemList problems={team.problems} />
        </div>
      )}
      {team.leaders.length < team.respondents.length && (
        <p>
          {countOf(team.respondents.length - team.leaders.length, "leader", "leaders")} sent their two assessments as
          separate links with the same role and organisation; each is counted as one leader.
        </p>
      )}
      {team.unpaired.map((u) => (
        <p key={`${u.label}\u0000${u.org ?? ""}`} className="notice">
          {u.links} links say &ldquo;{u.label}
          {u.org ? ` · ${u.org}` : ""}&rdquo; but could be paired more than one way, so they are shown side by side.
        </p>
      ))}
      {team.leaders.length > 0 && (
        <button type="button" className="button button-secondary no-print" onClick={present.start}>
          Present the team view
        </button>
      )}
      {present.slide !== null && (
        <PresentControls slide={present.slide} count={present.count} go={present.go} stop={present.stop} />
      )}
      <TeamWorkshop team={team} catalogue={catalogue} content={content} />
      {team.byQuestionnaire.map((q) => (
        <SpreadSection key={q.questionnaireId} aggregate={q} leaders={team.leaders} />
      ))}
      {team.leaders.length > 0 && <TeamOverTime team={team} catalogue={catalogue} />}
      {team.respondents.length > 0 && (
        <ReportSection
          id="respondents"
          title="Respondents"
          hint={`Each of the ${formatCount(team.respondents.length)} results with its overall score`}
          open={sections.isOpen("respondents")}
          onOpenChange={(open) => sections.setOpen("respondents", open)}
          screenOnly
        >
          <RespondentTable team={team} />
        </ReportSection>
      )}
      {team.respondents.length > 0 && (
        <ReportSection
          id="team-share"
          title="Share or export this team view"
          hint="One link for the whole team, the links as a file, or a spreadsheet"
          open={sections.isOpen("team-share")}
          onOpenChange={(open) => sections.setOpen("team-share", open)}
          screenOnly
        >
          <TeamShare team={team} catalogue={catalogue} />
        </ReportSection>
      )}
    </div>
  );
});
