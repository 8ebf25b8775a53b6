import { useState } from "react";
import { MIN_BENCHMARK_RESPONDENTS } from "@/lib/benchmarks/minimum";
import type { Benchmark } from "@/lib/benchmarks/schema";
import { download } from "@/components/shared/download";

/** The team as an anonymous benchmark file, for a consultant's own build of the site. */
export function BenchmarkExport({ benchmark, leaders }: { benchmark: Omit<Benchmark, "name">; leaders: number }) {
  const [name, setName] = useState("");
  const enough = leaders >= MIN_BENCHMARK_RESPONDENTS;
  const save = () => {
    // The name first, as benchmarkFromTeam writes it: the file reads the same as before.
    const { format, ...rest } = benchmark;
    const file: Benchmark = { format, name: name.trim() || "my clients", ...rest };
    download("outside-in-benchmark.json", "application/json", `${JSON.stringify(file, null, 2)}\n`);
  };
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
          has {leaders}.
        </p>
      )}
    </div>
  );
}
