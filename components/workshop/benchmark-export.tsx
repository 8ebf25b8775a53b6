import { useState } from "react";
import type { BenchmarkFile } from "@/lib/benchmarks/export";
import { cleanName } from "@/lib/shared/name-rule";
import { download } from "@/components/shared/download";

/**
 * The team as an anonymous benchmark file, for a consultant's own build of the site. The file
 * is built where the team was read (lib/workshop/exports.ts); only its name is given here.
 */
export function BenchmarkExport({ file }: { file: BenchmarkFile }) {
  const [name, setName] = useState("");
  const save = () =>
    file.ok &&
    download(
      "outside-in-benchmark.json",
      "application/json",
      `${JSON.stringify({ ...file.benchmark, name: cleanName(name, 80) ?? file.benchmark.name }, null, 2)}\n`,
    );
  return (
    <div className="benchmark-export">
      <h3>Anonymous benchmark</h3>
      <p>
        A file of how many leaders scored in each band of each area, per questionnaire version, with the number of
        leaders and teams: no roles, no organisation, no answers. Put such files in <code>content/benchmarks/</code> of
        your own copy of the site, and results there compare each leader with them.
      </p>
      {file.ok ? (
        <>
          <label className="share-link">
            Who these leaders are, as results will name them
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder="my clients" maxLength={80} />
          </label>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={save}>
              Download the benchmark file
            </button>
          </div>
          {file.leftOut.length > 0 && (
            <p className="muted">Left out, too few to stay anonymous: {file.leftOut.join("; ")}.</p>
          )}
        </>
      ) : (
        <p className="muted">{file.reason}</p>
      )}
    </div>
  );
}
