"use client";

import { SiteLink } from "@/components/shared/site-link";
import { localePath } from "@/lib/i18n/paths";
import { useLocationHash } from "@/components/shared/use-location-hash";
import { today } from "@/lib/results/today";
import { around } from "@/lib/i18n/around";
import { fill, formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { EstimateMessages } from "@/lib/i18n/messages/en/estimate";
import type { InvitationMessages } from "@/lib/i18n/messages/en/invitation";
import { estimateTextIn } from "@/lib/questionnaire/estimate";
import { hasClosed } from "@/lib/invitation/schema";
import { decodeInvitation } from "@/lib/invitation/token";
import { tokenInJoinFragment } from "@/lib/invitation/run";
import { JoinForm } from "./join-form";

type Props = {
  /** The journey's id: an invited run starts there and goes on to the blunders check. */
  journeyId: string;
  /** Both assessments together. */
  minutes: number;
  locale: Locale;
  messages: { invitation: InvitationMessages; estimate: EstimateMessages };
};

/** The page an invitation link opens: who invites, for which team, and the start of the run. */
export function JoinView({ journeyId, minutes, locale, messages }: Props) {
  const m = messages.invitation.join;
  const hash = useLocationHash();
  if (hash === null) return <p className="results-loading">{m.reading}</p>;
  const token = tokenInJoinFragment(hash);
  const decoded = token === null ? null : decodeInvitation(token);
  if (token === null || !decoded?.ok) {
    return (
      <div className="notice notice-warn" role="alert">
        <h2>{m.cannotOpen}</h2>
        <p>{decoded && !decoded.ok ? decoded.error.message : m.noInvitation}</p>
        <SiteLink className="button button-secondary" href={localePath(locale, `/assess/${journeyId}/`)}>
          {m.alone}
        </SiteLink>
      </div>
    );
  }
  const { team, facilitator, roles, invited, closes } = decoded.value;
  const closed = hasClosed(closes, today());
  const date = closes ? formatDateIn(locale, closes) : "";
  // The names a facilitator typed sit in <bdi>, so a name in another script keeps its own direction.
  const who = <bdi>{facilitator.name}</bdi>;
  const [invitesBefore, invitesAfter] = around(m.invites, "facilitator");
  const [teamBefore, teamAfter] = around(m.team, "team");
  const [closedBefore, closedAfter] = around(fill(m.closed, { date, facilitator: "{facilitator}" }), "facilitator");
  const [sendBefore, sendAfter] = around(m.send, "facilitator");
  return (
    <div className="join">
      <p className="join-who">
        {invitesBefore}
        <strong>{who}</strong>
        {invitesAfter}
      </p>
      <p>
        {teamBefore}
        <strong>{<bdi>{team}</bdi>}</strong>
        {teamAfter}
      </p>
      {closes && !closed && <p>{fill(m.answerBy, { date })}</p>}
      {closes && closed && (
        <p className="notice">
          {closedBefore}
          {who}
          {closedAfter}
        </p>
      )}
      <ul className="join-steps">
        <li>{fill(m.both, { estimate: estimateTextIn(locale, messages.estimate, minutes, true) })}</li>
        <li>{m.private}</li>
        <li>
          {sendBefore}
          {who}
          {sendAfter}
        </li>
      </ul>
      <JoinForm
        token={token}
        roles={invited ?? roles ?? []}
        listed={invited !== undefined}
        journeyId={journeyId}
        locale={locale}
        messages={messages.invitation.form}
      />
    </div>
  );
}
