import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamContent } from "@/lib/team/content";
import type { TeamText } from "@/lib/team/text";
import type { TeamProgress } from "@/lib/team/types";
import type { Admitted } from "@/lib/team-input/caps";
import { teamExports } from "@/lib/workshop/exports";
import { exportsTransferables, packExports, type TeamExportsMessage } from "@/lib/workshop/exports-message";
import { teamViewSteps, type TeamInput } from "@/lib/workshop/read-team";
import { packView, transferablesOf, type TeamViewMessage } from "@/lib/workshop/view-message";
import { disputedNotes } from "@/lib/workshop/disputed-notes";
import type { DisputedQuestion } from "@/lib/workshop/team-report";

// The team view's Web Worker: reads and aggregates pasted links off the page's main thread, so
// the page answers clicks and keys while 5,000 links are read. It hands the page the view
// first, then what the page offers on demand (exports.ts): the whole team, every leader's
// answers and scores, never leaves it; last, the disputed questions with the notes leaders left
// on them, inflated here (asynchronously, a second or two for 5,000 links) while the view
// shows. scripts/build/islands.ts bundles this file on its own;
// team-reader.ts starts it. The same steps run on the page when there is no worker.

// The request carries the words of the page's language as data: the worker's bundle holds no
// module of strings.
export type TeamWorkerRequest = { input: TeamInput; catalogue: Catalogue; content: TeamContent; text: TeamText };

export type TeamWorkerReply =
  | { kind: "progress"; progress: TeamProgress }
  /** Packed (view-message.ts): unpacking the view object by object was the page's longest task. */
  | { kind: "view"; view: Admitted<TeamViewMessage> }
  | { kind: "exports"; exports: TeamExportsMessage }
  | { kind: "notes"; questions: DisputedQuestion[] }
  | { kind: "failed"; message: string };

/** Progress is posted at most this often: each message costs the page a little work. */
const PROGRESS_MS = 50;

const reply = (message: TeamWorkerReply, transfer: Transferable[] = []) => postMessage(message, { transfer });

addEventListener("message", (event: MessageEvent<TeamWorkerRequest>) => void readTeam(event.data));

async function readTeam({ input, catalogue, content, text }: TeamWorkerRequest) {
  try {
    const steps = teamViewSteps(input, catalogue, content, text);
    let last = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const read = step.value;
        if (!read.ok) return reply({ kind: "view", view: read });
        const view = packView(read.value.view);
        reply({ kind: "view", view: { ok: true, value: view } }, transferablesOf(view));
        const exports = packExports(teamExports(read.value.team, catalogue, text));
        reply({ kind: "exports", exports }, exportsTransferables(exports));
        const questions = await disputedNotes(read.value.team, read.value.view.report.questions ?? []);
        return reply({ kind: "notes", questions });
      }
      const now = performance.now();
      if (now - last >= PROGRESS_MS && step.value.total > 0) {
        last = now;
        reply({ kind: "progress", progress: step.value });
      }
    }
  } catch (error) {
    reply({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}
