import { useState } from "react";
import { MAX_SHAREABLE_URL } from "@/lib/team-input/team-link";
import type { Action } from "@/lib/workshop/actions";
import type { TeamExports } from "@/lib/workshop/exports";
import { download } from "@/components/shared/download";
import { BenchmarkExport } from "./benchmark-export";
import { teamUrl } from "./team-url";
import { fill, formatCountIn } from "@/lib/i18n/format";
import type { TeamText } from "@/lib/team/text";

type Props = { exports: TeamExports; invite: string | null; actions: Action[]; text: TeamText };

/** Share the team view as one link when it is short enough, otherwise as a file of links. */
export function TeamShare({ exports, invite, actions, text }: Props) {
  const w = text.workshop;
  const count = (n: number) => formatCountIn(text.locale, n);
  const { fragments, results } = exports;
  const [status, setStatus] = useState("");
  const url = teamUrl(results, invite, actions);
  const fits = url.length <= MAX_SHAREABLE_URL;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(w.copied);
    } catch {
      setStatus(w.copyBlocked);
    }
  };
  const links = fragments.map(
    (f) => `${window.location.origin}${window.location.pathname.replace(/team\/?$/, "results/")}#${f}`,
  );
  return (
    <>
      <p>{w.shareAddress}</p>
      {fits ? (
        <>
          <label className="share-link">
            {fill(w.teamLinkLabel, { n: count(url.length) })}
            <input readOnly value={url} onFocus={(e) => e.target.select()} />
          </label>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              {w.copyTeamLink}
            </button>
          </div>
        </>
      ) : (
        <p>
          {fill(w.tooLongToShare, {
            results: count(fragments.length),
            length: count(url.length),
            max: count(MAX_SHAREABLE_URL),
          })}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download("outside-in-team-links.txt", "text/plain", `${links.join("\n")}\n`)}
        >
          {w.downloadLinks}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download("outside-in-team.csv", "text/csv", exports.csv)}
        >
          {w.downloadCsv}
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      <BenchmarkExport file={exports.benchmark} words={w} />
    </>
  );
}
