"use client";

import { startTransition, useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamContent } from "@/lib/team/content";
import type { TeamAggregate, TeamProgress } from "@/lib/team/types";
import { admitSteps, refuseFileSize, type InputSource } from "@/lib/team-input/caps";
import { runInSlices } from "@/lib/shared/steps";
import { aggregateTeamInChunks } from "@/lib/team-input/chunks";
import { MAX_TEAM_LINKS } from "@/lib/team-input/lines";
import { teamLinkSteps } from "@/lib/team-input/team-link";
import { useLocationHash } from "@/components/shared/use-location-hash";
import { whenIdle } from "@/components/shared/when-idle";
import { TeamReport } from "./team-report";
import { formatCount } from "@/lib/shared/numbers";
import { countOf } from "@/lib/shared/plural";

/** Paste or load many result links; everything is read and aggregated in this browser. */
export function TeamView({ catalogue, content }: { catalogue: Catalogue; content: TeamContent }) {
  // The form starts from the address, which the static HTML cannot know; a new team link in
  // the address starts it afresh.
  const hash = useLocationHash();
  return hash === null ? (
    <p className="results-loading">Loading the team view…</p>
  ) : (
    <TeamForm key={hash} catalogue={catalogue} content={content} hash={hash} />
  );
}

function progressText({ done, total }: TeamProgress): string {
  if (total === 0) return "Reading the links…";
  return `Reading ${countOf(total, "line", "lines")}… ${formatCount(done)} done`;
}

function TeamForm({ catalogue, content, hash }: { catalogue: Catalogue; content: TeamContent; hash: string }) {
  const [text, setText] = useState("");
  const [team, setTeam] = useState<TeamAggregate | null>(null);
  const [note, setNote] = useState("");
  const [alert, setAlert] = useState("");
  const [progress, setProgress] = useState<TeamProgress | null>(null);
  // The reading under way, if any: a new one cancels it, so only the latest input is shown.
  const running = useRef<AbortController | null>(null);

  /** Runs one reading, cancelling any under way; the work itself yields between slices. */
  const read = useCallback(async (work: (signal: AbortSignal) => Promise<void>) => {
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

  const aggregate = useCallback(
    async (input: string, source: InputSource, signal: AbortSignal) => {
      const outcome = await aggregateTeamInChunks(input, catalogue, { source, signal, onProgress: setProgress });
      // As a transition React draws the report in slices too (see useLocationHash).
      startTransition(() => setTeam(outcome.ok ? outcome.value : null));
      if (!outcome.ok) setAlert(outcome.error.message);
    },
    [catalogue],
  );

  // A team link in the address fills the form and is read at once, behind the same caps.
  useEffect(() => {
    void read(async (signal) => {
      const lines = await runInSlices(teamLinkSteps(hash), { signal });
      if (!lines) return;
      if (!lines.ok) return setAlert(lines.error.message);
      await aggregate(lines.value, "link", signal);
      // The links go into the box once the report is drawn and the browser is idle: laying out
      // a box of hundreds of long links first held up the report on a slow phone.
      whenIdle(() => !signal.aborted && setText(lines.value), 2000);
    });
    return () => running.current?.abort();
  }, [hash, read, aggregate]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAlert("");
    setNote("");
    setProgress({ done: 0, total: 0 });
    void read((signal) => aggregate(text, "text", signal));
  };
  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const refuse = (message: string) => {
      setAlert(message);
      setNote("");
      input.value = "";
    };
    // Refused by its size before a byte of it is read, and by what it holds before it reaches the form.
    const tooLarge = refuseFileSize(file.size);
    if (tooLarge) return refuse(tooLarge.message);
    const content = await file.text();
    const checked = await runInSlices(admitSteps(content, "file"));
    if (!checked.ok) return refuse(checked.error.message);
    setAlert("");
    setText((current) => (current.trim() ? `${current.trimEnd()}\n${content}` : content));
    setNote(`Added the lines of ${file.name}. Select "Show the team view" to read them.`);
  };

  return (
    <>
      <form className="team-form card no-print" onSubmit={submit}>
        <label>
          Result links, one per line (up to {MAX_TEAM_LINKS})
          <textarea value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} wrap="off" />
        </label>
        <label>
          Or load a text or CSV file of links
          <input type="file" accept=".txt,.csv,text/plain,text/csv" onChange={(event) => void load(event)} />
        </label>
        <p role="status" className="muted">
          {progress ? progressText(progress) : note}
        </p>
        <p role="alert" className={alert ? "notice notice-warn" : undefined}>
          {alert}
        </p>
        <button type="submit" className="button">
          Show the team view
        </button>
      </form>
      {team && <TeamReport team={team} catalogue={catalogue} content={content} />}
    </>
  );
}
