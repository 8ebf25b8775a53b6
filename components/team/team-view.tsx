"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { aggregateTeam, type TeamAggregate } from "@/lib/team/aggregate";
import { MAX_TEAM_LINKS } from "@/lib/team/lines";
import { decodeTeamFragment } from "@/lib/team/team-link";
import { useLocationHash } from "@/components/shared/use-location-hash";
import { TeamReport } from "./team-report";

/** Lines held by a team link in the address. */
function linesOf(hash: string): string {
  return (
    decodeTeamFragment(hash)
      ?.map((f) => `#${f}`)
      .join("\n") ?? ""
  );
}

/** Paste or load many result links; everything is read and aggregated in this browser. */
export function TeamView({ catalogue }: { catalogue: Catalogue }) {
  // The form starts from the address, which the static HTML cannot know; a new team link in
  // the address starts it afresh.
  const hash = useLocationHash();
  return hash === null ? (
    <p className="results-loading">Loading the team view…</p>
  ) : (
    <TeamForm key={hash} catalogue={catalogue} hash={hash} />
  );
}

function TeamForm({ catalogue, hash }: { catalogue: Catalogue; hash: string }) {
  const [text, setText] = useState(() => linesOf(hash));
  const [team, setTeam] = useState<TeamAggregate | null>(() => (text ? aggregateTeam(text, catalogue) : null));
  const [fileNote, setFileNote] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTeam(aggregateTeam(text, catalogue));
  };
  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText((current) => (current.trim() ? `${current.trimEnd()}\n${content}` : content));
    setFileNote(`Added the lines of ${file.name}. Select "Show the team view" to read them.`);
  };

  return (
    <>
      <form className="team-form card" onSubmit={submit}>
        <label>
          Result links, one per line (up to {MAX_TEAM_LINKS})
          <textarea value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        </label>
        <label>
          Or load a text or CSV file of links
          <input type="file" accept=".txt,.csv,text/plain,text/csv" onChange={load} />
        </label>
        <p role="status" className="muted">
          {fileNote}
        </p>
        <button type="submit" className="button">
          Show the team view
        </button>
      </form>
      {team && <TeamReport team={team} />}
    </>
  );
}
