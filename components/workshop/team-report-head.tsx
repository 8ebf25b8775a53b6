import { lazy, Suspense, useState } from "react";
import { fill, formatCountIn } from "@/lib/i18n/format";
import { unreadLinesMessage } from "@/lib/team-input/caps";
import type { TeamText } from "@/lib/team/text";
import { invitationErrorText, type decodeInvitation } from "@/lib/invitation/token";
import type { WhoHasAnswered as Answered } from "@/lib/invitation/answered";
import type { Invitation } from "@/lib/invitation/schema";
import type { TeamView } from "@/lib/workshop/read-team";
import type { SlideOptions } from "@/lib/workshop/slides";
import { ProblemList } from "@/components/team-input/problem-list";
import { WhoHasAnswered } from "@/components/invitation/who-has-answered";

// Loaded on the first "Present the team view" (see presenting.tsx), and fetched as soon as a
// pointer or the keyboard reaches the button, so the slides are usually there by the click.
const loadPresenting = () => import("./presenting");
const Presenting = lazy(() => loadPresenting().then((m) => ({ default: m.Presenting })));

type Props = {
  view: TeamView;
  invitation: ReturnType<typeof decodeInvitation> | null;
  answered: { who: Answered; invitation: Invitation } | null;
  slideOptions: Omit<SlideOptions, "today">;
  text: TeamText;
};

/** What was read and from whom, the invitation's replies, and the button that presents the view. */
export function TeamReportHead({ view, invitation, answered, slideOptions, text }: Props) {
  const t = text.team;
  const { summary: team, report } = view;
  const [presenting, setPresenting] = useState(false);
  return (
    <>
      <div className="no-print">
        <p className="overall-value" role="status">
          {report.status}
        </p>
        {team.unreadLines > 0 && (
          <p className="notice notice-warn">{unreadLinesMessage(team.unreadLines, text.locale, text.teamInput)}</p>
        )}
        {team.problems.length > 0 && (
          <ProblemList problems={team.problems} locale={text.locale} words={text.teamInput} link={text.link} />
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
            {fill(t.invitationUnreadable, { reason: invitationErrorText(invitation.error, text.invitationLink) })}
          </p>
        )}
        {answered && <WhoHasAnswered who={answered.who} invitation={answered.invitation} text={text} />}
        {team.leaders > 0 && (
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
    </>
  );
}
