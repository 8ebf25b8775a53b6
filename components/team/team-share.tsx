import { useState } from "react";
import { encodeFragment } from "@/lib/link/fragment";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamAggregate } from "@/lib/team/types";
import { teamToCsv } from "@/lib/team/team-csv";
import { encodeTeamFragment, MAX_SHAREABLE_URL } from "@/lib/team-input/team-link";
import { download } from "@/components/shared/download";
import { BenchmarkExport } from "./benchmark-export";
import { formatCount } from "@/lib/shared/numbers";

/** Share the team view as one link when it is short enough, otherwise as a file of links. */
export function TeamShare({ team, catalogue }: { team: TeamAggregate; catalogue: Catalogue }) {
  const [status, setStatus] = useState("");
  // Each result written afresh: one clean spelling, however its link reached the team view.
  const fragments = team.respondents.map((r) => encodeFragment(r.result, catalogue));
  const url = `${window.location.origin}${window.location.pathname}#${encodeTeamFragment(fragments)}`;
  const fits = url.length <= MAX_SHAREABLE_URL;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Team link copied.");
    } catch {
      setStatus("Copying was blocked by the browser: select the link and copy it by hand.");
    }
  };
  const links = fragments.map(
    (f) => `${window.location.origin}${window.location.pathname.replace(/team\/?$/, "results/")}#${f}`,
  );
  return (
    <>
      {fits ? (
        <>
          <label className="share-link">
            Team link ({url.length} characters)
            <input readOnly value={url} onFocus={(e) => e.target.select()} />
          </label>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              Copy team link
            </button>
          </div>
        </>
      ) : (
        <p>
          A link holding all {team.respondents.length} results would be {formatCount(url.length)} characters long. Many
          chat tools, email programs and older browsers cut links beyond about {formatCount(MAX_SHAREABLE_URL)}{" "}
          characters, so share the file of links instead: anyone can load it into this page.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download("outside-in-team-links.txt", "text/plain", `${links.join("\n")}\n`)}
        >
          Download the links as a file
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download("outside-in-team.csv", "text/csv", teamToCsv(team))}
        >
          Download CSV
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      <BenchmarkExport leaders={team.leaders} catalogue={catalogue} />
    </>
  );
}
