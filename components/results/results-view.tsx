"use client";

import { useEffect, useMemo, useState } from "react";
import { SiteLink } from "@/components/shared/site-link";
import { localePath } from "@/lib/i18n/paths";
import { browserStore } from "@/components/shared/browser-storage";
import { replaceLocationHash, useLocationHash } from "@/components/shared/use-location-hash";
import { joinArrival, leftOutText, readArrival, type Joined } from "@/lib/link/arrival";
import { linkErrorText } from "@/lib/link/errors";
import { encodeFragment } from "@/lib/link/fragment";
import { readLink } from "@/lib/link/reader";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { keepInHistory } from "@/lib/storage/history";
import { decodeInvitation, type Invitation } from "@/lib/invitation/token";
import { SendResult } from "@/components/invitation/send-result";
import { rememberedInvite, rememberInvite } from "@/components/invitation/invited-run";
import { lostInvitationNotice } from "@/lib/invitation/run";
import { Report, type ReportContent } from "./report";

/** Reads the result from the URL fragment, which the server never sees, and renders it. */
export function ResultsView({ catalogue, content }: { catalogue: Catalogue; content: ReportContent }) {
  // The static HTML has no fragment; null until the browser reads its own address.
  const hash = useLocationHash();
  // Said once when a finished flow's result is joined with what it brought along; kept after
  // the address becomes the plain result link.
  const [notes, setNotes] = useState<NonNullable<Joined["problems"]>>([]);
  // An invited run ends here: the link to send to the facilitator, kept like the notes (and
  // across a reload: see invited-run.ts), or why the invitation could not be read.
  const [invited, setInvited] = useState<{ invitation?: Invitation; problem?: string; fragment: string } | null>(null);
  // Why this result is not in this browser's list of results, when it could not be kept there.
  const [notKept, setNotKept] = useState<string | null>(null);
  const arrival = useMemo(() => (hash === null ? null : readArrival(hash)), [hash]);
  const joined = useMemo(() => (arrival ? joinArrival(arrival, catalogue) : null), [arrival, catalogue]);
  const joinedFragment = useMemo(
    () => (joined?.ok ? encodeFragment(joined.value.result, catalogue) : null),
    [joined, catalogue],
  );

  // Kept in state (set while rendering, React's pattern for state derived from a change) so the
  // notes outlive the arrival once the address is replaced.
  const problems = joined?.ok ? joined.value.problems : undefined;
  if (problems && notes !== problems) setNotes(problems);
  const invite = arrival ? arrival.invite : hash === null ? undefined : rememberedInvite();
  const shown = joinedFragment ?? (arrival === null && hash ? hash.replace(/^#/, "") : null);
  if (invite && shown && invited?.fragment !== shown) {
    const invitation = decodeInvitation(invite);
    setInvited(
      invitation.ok
        ? { invitation: invitation.value, fragment: shown }
        : { problem: invitation.error.message, fragment: shown },
    );
  }

  useEffect(() => {
    if (!joined?.ok || joinedFragment === null) return;
    const notKeptHere = keepInHistory(browserStore, {
      savedAt: new Date().toISOString(),
      questionnaireIds: joined.value.result.assessments.map((a) => a.questionnaireId),
      fragment: joinedFragment,
    });
    // Told as storage answered, after the write, as a subscription to storage would tell it.
    queueMicrotask(() => setNotKept(notKeptHere));
    if (arrival?.invite) rememberInvite(arrival.invite);
    // The address becomes the one link that holds everything, ready to copy or bookmark.
    replaceLocationHash(joinedFragment);
  }, [joined, joinedFragment, arrival]);

  const m = content.messages.report.view;
  if (hash === null)
    return (
      <div className="results-loading">
        <p>{m.reading}</p>
        {/* Printed before the page's script has run (the report is drawn in the browser, from
            the link), paper would show an empty report: it says what happened instead. */}
        <p className="print-only notice notice-warn">{m.printedEarly}</p>
      </div>
    );
  const journey = content.current.find((q) => q.kind === "stages");
  const decoded = joined
    ? joined.ok
      ? { ok: true as const, value: joined.value.result }
      : joined
    : readLink(hash, catalogue);
  if (!decoded.ok) {
    return (
      <div className="notice notice-warn" role="alert">
        <h2>{m.cannotShow}</h2>
        <p>{linkErrorText(decoded.error, content.messages.link)}</p>
        <div className="button-row">
          {journey && (
            <SiteLink className="button" href={localePath(content.locale, `/assess/${journey.id}/`)}>
              {m.takeJourney}
            </SiteLink>
          )}
          <SiteLink className="button button-secondary" href={localePath(content.locale, "/")}>
            {m.home}
          </SiteLink>
        </div>
      </div>
    );
  }
  return (
    <>
      {invited?.invitation && (
        <SendResult
          invitation={invited.invitation}
          resultUrl={`${window.location.origin}${window.location.pathname}#${invited.fragment}`}
        />
      )}
      {invited?.problem && (
        <p className="notice notice-warn" role="alert">
          {lostInvitationNotice(invited.problem)}
        </p>
      )}
      {notKept && (
        <p className="notice notice-warn no-print" role="status">
          {notKept}
        </p>
      )}
      {notes.map((problem) => (
        <p key={problem.from} className="notice notice-warn" role="status">
          {leftOutText(problem.from, problem.error, content.messages.link)}
        </p>
      ))}
      <Report result={decoded.value} catalogue={catalogue} content={content} />
    </>
  );
}
