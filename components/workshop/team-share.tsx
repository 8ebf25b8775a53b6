import { useState } from "react";
import { MAX_SHAREABLE_URL } from "@/lib/team-input/team-link";
import type { Action } from "@/lib/workshop/actions";
import type { TeamExports } from "@/lib/workshop/exports";
import { download } from "@/components/shared/download";
import { BenchmarkExport } from "./benchmark-export";
import { teamUrl } from "./team-url";
import { formatCount } from "@/lib/shared/numbers";

type Props = { exports: TeamExports; invite: string | null; actions: Action[] };

/** Share the team view as one link when it is short enough, otherwise as a file of links. */
export function TeamShare({ exports, invite, actions }: Props) {
  const { fragments, results } = exports;
  const [status, setStatus] = useState("");
  const url = teamUrl(results, invite, actions);
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
      <p>The address of this page is the team link: bookmark it, or send it to a colleague.</p>
      {fits ? (
        <>
          <label className="share-link">
            Team link ({formatCount(url.length)} characters)
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
          A link holding all {formatCount(fragments.length)} results is {formatCount(url.length)} characters long. Many
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
          onClick={() => download("outside-in-team.csv", "text/csv", exports.csv)}
        >
          Download CSV
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      <BenchmarkExport file={exports.benchmark} />
    </>
  );
}
