"use client";

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamContent } from "@/lib/team/content";
import type { TeamProgress } from "@/lib/team/types";
import type { TeamText, TeamViewMessages } from "@/lib/team/text";
import type { Locale } from "@/lib/i18n/locales";
import { refusalMessage } from "@/lib/team-input/caps";
import { ADDRESS_ON_REQUEST, holdsTeamLink, MAX_ADDRESS_LENGTH } from "@/lib/team-input/team-link";
import { decodeActions, type Action } from "@/lib/workshop/actions";
import type { TeamExports } from "@/lib/workshop/exports";
import type { TeamInput, TeamView as TeamViewData } from "@/lib/workshop/read-team";
import { tokenInInvitationLink } from "@/lib/invitation/run";
import { replaceLocationHash, useLocationHash } from "@/components/shared/use-location-hash";
import { whenIdle } from "@/components/shared/when-idle";
import { readTeamView } from "@/components/team-input/team-reader";
import type { DisputedQuestion } from "@/lib/workshop/team-report";
import { TeamForm } from "@/components/team-input/team-form";
import { TeamReport } from "./team-report";
import { teamFragmentOf } from "./team-url";
import { useStoredInput } from "@/components/team-input/use-stored-input";
import { AddressOnRequest } from "./address-on-request";

type Props = {
  catalogue: Catalogue;
  content: TeamContent;
  /** The facilitator's (the page's) language: every word of the view follows it, whatever the links'. */
  locale: Locale;
  messages: TeamViewMessages;
};

/** Paste or load many result links; everything is read and aggregated in this browser. */
export function TeamView({ catalogue, content, locale, messages }: Props) {
  // The static HTML cannot know the address: the view starts once the browser has read it.
  const hash = useLocationHash();
  const text = useMemo(() => ({ locale, ...messages }), [locale, messages]);
  return hash === null ? (
    <p className="results-loading">{messages.team.loading}</p>
  ) : (
    <TeamWorkspace catalogue={catalogue} content={content} text={text} hash={hash} />
  );
}

type WorkspaceProps = { catalogue: Catalogue; content: TeamContent; text: TeamText; hash: string };

/**
 * What is shown: the view, the invitation it was read with, and the exports once they come (a
 * moment after the view). `fromAddress` when it was read from a team link already there;
 * `addressAsked` once the facilitator asked for a long team link to be written to the address.
 */
type Shown = {
  view: TeamViewData;
  invite: string | null;
  exports: TeamExports | null;
  fromAddress: boolean;
  addressAsked?: boolean;
};

function TeamWorkspace({ catalogue, content, text, hash }: WorkspaceProps) {
  const stored = useStoredInput(text);
  const { wasKept, fill } = stored;
  const [shown, setShown] = useState<Shown | null>(null);
  const [actions, setActions] = useState<Action[]>([]);
  const [actionsChanged, setActionsChanged] = useState(false);
  const [progress, setProgress] = useState<TeamProgress | null>(null);
  const [alert, setAlert] = useState("");
  const [linkNotes, setLinkNotes] = useState<string[]>([]);
  // The fragment this page last wrote into the address: reading it back would only redo the view.
  const written = useRef<string | null>(null);
  // The reading under way, if any: a new one cancels it, so only the latest input is shown.
  const running = useRef<AbortController | null>(null);

  const run = useCallback(async (work: (signal: AbortSignal) => Promise<void>) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    try {
      await work(controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      if (running.current === controller) {
        running.current = null;
        setProgress(null);
      }
    }
  }, []);

  const read = useCallback(
    async (input: TeamInput, signal: AbortSignal) => {
      setProgress({ done: 0, total: 0 });
      const onExports = (exports: TeamExports) =>
        startTransition(() => setShown((s) => (s && !signal.aborted ? { ...s, exports } : s)));
      // The disputed questions again, with the notes leaders left on them: they come last.
      const onNotes = (questions: DisputedQuestion[]) =>
        startTransition(() =>
          setShown((s) =>
            s && !signal.aborted ? { ...s, view: { ...s.view, report: { ...s.view.report, questions } } } : s,
          ),
        );
      const outcome = await readTeamView(input, {
        catalogue,
        content,
        text,
        signal,
        onProgress: setProgress,
        onExports,
        onNotes,
      });
      if (!outcome.ok) {
        setAlert(refusalMessage(outcome.error, text.locale, text.teamInput));
        return null;
      }
      return outcome.value;
    },
    [catalogue, content, text],
  );

  // A team link in the address (opened, reloaded, bookmarked) is read at once, behind the caps,
  // in the worker: the page does not even split its 600 KB of parameters.
  useEffect(() => {
    if (hash.replace(/^#/, "") === written.current || !holdsTeamLink(hash)) return;
    void run(async (signal) => {
      const view = await read({ kind: "link", hash }, signal);
      const link = view?.link;
      if (!view || !link) return;
      const agreed = decodeActions(link.actions, text);
      setActions(agreed.actions);
      setActionsChanged(false);
      setLinkNotes(agreed.problems);
      written.current = hash.replace(/^#/, "");
      // As a transition React draws the report in slices (see useLocationHash).
      startTransition(() => setShown({ view, invite: link.invite ?? null, exports: null, fromAddress: true }));
      // The links go into the box once the report is drawn and the browser is idle, unless
      // this browser kept what was pasted: laying out a box of long links first held up the report.
      if (!wasKept()) whenIdle(() => !signal.aborted && fill(link.text, false, text.teamInput.teamLinkLinks), 2000);
    });
    return () => running.current?.abort();
  }, [hash, run, read, wasKept, fill, text]);

  const show = (text: string, invitation: string) => {
    setAlert("");
    setLinkNotes([]);
    void run(async (signal) => {
      const view = await read({ kind: "text", text, source: "text" }, signal);
      if (!view) return;
      const invite = tokenInInvitationLink(invitation);
      startTransition(() => setShown({ view, invite, exports: null, fromAddress: false }));
    });
  };

  // The team link of what is shown goes into the address, so a reload or a bookmark opens it:
  // once the exports come, at once for a pasted team, and for one opened from the address when
  // the actions change.
  const exports = shown?.exports ?? null;
  const pastedIn = shown !== null && !shown.fromAddress;
  const invite = shown?.invite ?? null;
  const teamLink = useMemo(
    () => (exports && (pastedIn || actionsChanged) ? teamFragmentOf(exports.results, invite, actions) : null),
    [exports, pastedIn, actionsChanged, invite, actions],
  );
  const tooLong = teamLink !== null && teamLink.length > MAX_ADDRESS_LENGTH;
  // A long link is written only when asked: replaceState with 1.4 MB held the page 230 ms at 4× CPU.
  const onRequest = teamLink !== null && !tooLong && teamLink.length > ADDRESS_ON_REQUEST;
  const asked = shown?.addressAsked === true;
  useEffect(() => {
    if (teamLink === null || tooLong || (onRequest && !asked)) return;
    written.current = teamLink;
    replaceLocationHash(teamLink);
  }, [teamLink, tooLong, onRequest, asked]);
  const changeActions = (next: Action[]) => {
    setActions(next);
    setActionsChanged(true);
  };

  return (
    <>
      <TeamForm
        stored={stored}
        progress={progress}
        alert={alert}
        onAlert={setAlert}
        onShow={show}
        locale={text.locale}
        words={text.teamInput}
      />
      {[...linkNotes, tooLong ? text.team.tooLongForAddress : ""].filter(Boolean).map((text) => (
        <p key={text} className="notice notice-warn no-print">
          {text}
        </p>
      ))}
      {onRequest && (
        <AddressOnRequest
          length={teamLink.length}
          asked={asked}
          onAsk={() => setShown((s) => s && { ...s, addressAsked: true })}
          text={text}
        />
      )}
      {shown && (
        <TeamReport
          view={shown.view}
          exported={shown.exports}
          invite={shown.invite}
          actions={actions}
          onActionsChange={changeActions}
          catalogue={catalogue}
          text={text}
        />
      )}
    </>
  );
}
