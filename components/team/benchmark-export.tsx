import { useState } from "react";
import { benchmarkFromTeam } from "@/lib/benchmarks/export";
import { MIN_BENCHMARK_RESPONDENTS } from "@/lib/benchmarks/minimum";
import type { Leader } from "@/lib/team/people";
import { download } from "@/components/shared/download";

/** The team as an anonymous benchmark file, for a consultant's own build of the site. */
export function BenchmarkExport({ leaders }: { leaders: Leader[] }) {
  const [name, setName] = useState("");
  const enough = leaders.length >= MIN_BENCHMARK_RESPONDENTS;
  const save = () =>
    download(
      "outside-in-benchmark.json",
      "application/json",
      `${JSON.stringify(benchmarkFromTeam(leaders, name.trim() || "my clients"), null, 2)}\n`,
    );
  return (
    <div className="benchmark-export">
      <h3>Anonymous benchmark</h3>
      <p>
        A file of how many leaders scored in each band of each area, per questionnaire version, with the number of
        leaders and teams: no roles, no organisation, no answers. Put such files in <code>content/benchmarks/</code> of
        your own copy of the site, and results there compare each leader with them.
      </p>
      {enough ? (
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
        </>
      ) : (
        <p className="muted">
          A benchmark needs at least {MIN_BENCHMARK_RESPONDENTS} leaders, so no one in it can be recognised; this team
          has {leaders.length}.
        </p>
      )}
    </div>
  );
}
