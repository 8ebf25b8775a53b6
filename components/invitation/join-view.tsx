"use client";

import { SiteLink } from "@/components/shared/site-link";
import { useLocationHash } from "@/components/shared/use-location-hash";
import { today } from "@/lib/results/today";
import { formatDate } from "@/lib/shared/dates";
import { estimateText } from "@/lib/questionnaire/timing";
import { hasClosed } from "@/lib/invitation/schema";
import { decodeInvitation } from "@/lib/invitation/token";
import { tokenInJoinFragment } from "@/lib/invitation/run";
import { JoinForm } from "./join-form";

type Props = {
  /** The journey's id: an invited run starts there and goes on to the blunders check. */
  journeyId: string;
  /** Both assessments together. */
  minutes: number;
};

/** The page an invitation link opens: who invites, for which team, and the start of the run. */
export function JoinView({ journeyId, minutes }: Props) {
  const hash = useLocationHash();
  if (hash === null) return <p className="results-loading">Reading your invitation…</p>;
  const token = tokenInJoinFragment(hash);
  const decoded = token === null ? null : decodeInvitation(token);
  if (token === null || !decoded?.ok) {
    return (
      <div className="notice notice-warn" role="alert">
        <h2>This invitation cannot be opened</h2>
        <p>
          {decoded && !decoded.ok
            ? decoded.error.message
            : "This page opens an invitation link from a facilitator, and this address holds none. Ask them for the link they made."}
        </p>
        <SiteLink className="button button-secondary" href={`/assess/${journeyId}/`}>
          Take the assessment on your own
        </SiteLink>
      </div>
    );
  }
  const { team, facilitator, roles, invited, closes } = decoded.value;
  const closed = hasClosed(closes, today());
  return (
    <div className="join">
      <p className="join-who">
        <strong>
          <bdi>{facilitator.name}</bdi>
        </strong>{" "}
        invites you to give your own view of how customer-centric the organisation is, before a workshop.
      </p>
      <p>
        Team: <strong>{<bdi>{team}</bdi>}</strong>
      </p>
      {closes && !closed && <p>Please answer by {formatDate(closes)}.</p>}
      {closes && closed && (
        <p className="notice">
          The closing date, {formatDate(closes)}, has passed. Your view is still worth giving: you can answer as usual,
          and <bdi>{facilitator.name}</bdi> will see your result whenever you send it.
        </p>
      )}
      <ul className="join-steps">
        <li>Two questionnaires, one after the other, {estimateText(minutes, "in all")}.</li>
        <li>Your answers are scored in this browser. Nothing is sent anywhere while you answer.</li>
        <li>
          At the end you send your result link to <bdi>{facilitator.name}</bdi> yourself, by email or by copying it.
          Outside-In sends nothing.
        </li>
      </ul>
      <JoinForm token={token} roles={invited ?? roles ?? []} listed={invited !== undefined} journeyId={journeyId} />
    </div>
  );
}
