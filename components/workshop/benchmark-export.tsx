import { useState } from "react";
import type { BenchmarkFile } from "@/lib/benchmarks/export";
import { cleanName } from "@/lib/shared/name-rule";
import { download } from "@/components/shared/download";
import { fill } from "@/lib/i18n/format";
import type { WorkshopMessages } from "@/lib/i18n/messages/en/workshop";

/**
 * The team as an anonymous benchmark file, for a consultant's own build of the site. The file
 * is built where the team was read (lib/workshop/exports.ts); only its name is given here.
 */
export function BenchmarkExport({ file, words: w }: { file: BenchmarkFile; words: WorkshopMessages }) {
  const [before, after] = w.benchmarkAbout.split("{folder}");
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
      <h3>{w.benchmarkTitle}</h3>
      <p>
        {before}
        <code>content/benchmarks/</code>
        {after}
      </p>
      {file.ok ? (
        <>
          <label className="share-link">
            {w.benchmarkName}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={w.benchmarkPlaceholder}
              maxLength={80}
            />
          </label>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={save}>
              {w.downloadBenchmark}
            </button>
          </div>
          {file.leftOut.length > 0 && <p className="muted">{fill(w.leftOut, { groups: file.leftOut.join("; ") })}</p>}
        </>
      ) : (
        <p className="muted">{file.reason}</p>
      )}
    </div>
  );
}
