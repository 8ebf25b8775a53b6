import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { nextTask, runInSlices } from "@/lib/shared/slices";
import type { TeamContent } from "@/lib/team/content";
import type { TeamText } from "@/lib/team/text";
import type { TeamProgress } from "@/lib/team/types";
import type { Admitted } from "@/lib/team-input/caps";
import type { TeamExports } from "@/lib/workshop/exports";
import type { TeamInput, TeamView } from "@/lib/workshop/read-team";
import { startWorker } from "@/components/shared/start-worker";
import type { TeamWorkerReply, TeamWorkerRequest } from "./team-worker";
import type { DisputedQuestion } from "@/lib/workshop/team-report";
import { unpackView } from "@/lib/workshop/view-message";
import { unpackExports } from "@/lib/workshop/exports-message";

export type ReadOptions = {
  catalogue: Catalogue;
  content: TeamContent;
  /** The words of the facilitator's language: the report is written where the team is read. */
  text: TeamText;
  signal?: AbortSignal;
  onProgress?: (progress: TeamProgress) => void;
  /** Called once the exports are ready, a moment after the view. */
  onExports: (exports: TeamExports) => void;
  /** Called last, with the disputed questions and the notes leaders left on them (when any link carries notes). */
  onNotes?: (questions: DisputedQuestion[]) => void;
};

/**
 * The worker's address, set by the build (scripts/build/islands.ts) once the worker is bundled.
 * Absent in `next dev` and in tests, where the page reads in slices instead.
 */
const WORKER = process.env.TEAM_WORKER_PATH;

/**
 * Reads on the page's main thread, in slices between which it stays responsive. The reading code
 * is the worker's; the page loads its own copy only here, when no worker runs, so it is not in
 * what every visitor of the team page downloads (scripts/bench/budgets.ts).
 */
async function readInSlices(
  input: TeamInput,
  { catalogue, content, text, signal, onProgress, onExports, onNotes }: ReadOptions,
) {
  const { teamViewSteps, teamExports, disputedNotes } = await import("./read-on-page");
  const read = await runInSlices(teamViewSteps(input, catalogue, content, text), {
    signal,
    onSlice: (step) => {
      if (step && step.total > 0) onProgress?.(step);
    },
  });
  if (!read.ok) return read;
  // The exports after the view, as the worker gives them: the view is drawn first.
  const { team, view } = read.value;
  void nextTask()
    .then(() => !signal?.aborted && onExports(teamExports(team, catalogue, text)))
    .then(() => disputedNotes(team, view.report.questions ?? []))
    .then((questions) => !signal?.aborted && onNotes?.(questions));
  return { ok: true as const, value: read.value.view };
}

/** Reads in a Web Worker; null if the browser would not start one (no worker, or refused). */
function readInWorker(input: TeamInput, options: ReadOptions): Promise<Admitted<TeamView>> | null {
  const worker = startWorker(WORKER);
  if (!worker) return null;
  const { catalogue, content, text, signal, onProgress, onExports, onNotes } = options;
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      stop();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError"));
    };
    signal?.addEventListener("abort", abort, { once: true });
    worker.addEventListener("message", (event: MessageEvent<TeamWorkerReply>) => {
      const message = event.data;
      if (message.kind === "progress") return onProgress?.(message.progress);
      if (message.kind === "view") {
        const { view } = message;
        resolve(view.ok ? { ok: true, value: unpackView(view.value) } : view);
        if (!view.ok) stop();
        return;
      }
      if (message.kind === "exports") return onExports(unpackExports(message.exports));
      // The notes come last: the worker is done.
      stop();
      if (message.kind === "notes") onNotes?.(message.questions);
      else reject(new Error(message.message));
    });
    // A worker that cannot load (a policy, a proxy) fails before it reads anything: read here instead.
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      stop();
      readInSlices(input, options).then(resolve, reject);
    });
    const request: TeamWorkerRequest = { input, catalogue, content, text };
    worker.postMessage(request);
  });
}

/**
 * Reads pasted links into a team view: in a Web Worker where the browser has one, so the page
 * stays responsive however many links there are, else on the page in slices. Either way the
 * same steps (lib/workshop/read-team.ts), so the same view.
 */
export function readTeamView(input: TeamInput, options: ReadOptions): Promise<Admitted<TeamView>> {
  options.signal?.throwIfAborted();
  return readInWorker(input, options) ?? readInSlices(input, options);
}
