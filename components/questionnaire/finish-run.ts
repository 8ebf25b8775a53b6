import type { FlowHash } from "@/lib/link/flow-links";
import { encodeFragment } from "@/lib/link/fragment";
import type { Answers } from "@/lib/questionnaire/answers";
import { notKeptRoute } from "@/lib/link/flow-route";
import { finishRun } from "@/lib/questionnaire/flow";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { today } from "@/lib/results/today";
import { addToHistory } from "@/lib/storage/history";
import { saveLatest } from "@/lib/storage/latest-results";
import { clearProgress } from "@/lib/storage/progress";
import { withBasePath } from "@/components/shared/base-path";
import { browserStore } from "@/components/shared/browser-storage";

type Run = {
  questionnaire: Questionnaire;
  answers: Answers;
  /** What the flow's address brought along (see useCarry). */
  carry: FlowHash;
  /** The site's questionnaire ids, in the order it offers them. */
  order: readonly string[];
};

const resultOf = ({ questionnaire, answers }: Run) => ({
  questionnaireId: questionnaire.id,
  version: questionnaire.version,
  answers,
});

/** The run's answers as a result link's fragment, dated today. */
export function resultFragment(run: Run): string {
  // The role and organisation typed once (on an invitation or a result) go into every link.
  const { role, org } = run.carry;
  const names = { ...(role && { label: role }), ...(org && { org }) };
  return encodeFragment({ assessments: [resultOf(run)], date: today(), ...names }, [run.questionnaire]);
}

/**
 * Ends the run: keeps the result in this browser, clears the progress, and opens what comes
 * next, or, with `here`, a retake's result without going on to the next assessment.
 */
export function finish(run: Run, here = false): void {
  const { questionnaire, carry, order } = run;
  const fragment = resultFragment(run);
  // Kept so a report can add the other assessment, and a later result can be compared.
  saveLatest(browserStore, resultOf(run), today());
  const { path, saveToHistory } = finishRun({ questionnaireId: questionnaire.id, order, own: fragment, carry, here });
  const entry = { savedAt: new Date().toISOString(), questionnaireIds: [questionnaire.id], fragment };
  // Not kept here: the results page tries again and says why, rather than the list missing it unsaid.
  const route = saveToHistory && !addToHistory(browserStore, entry) ? notKeptRoute(fragment) : path;
  clearProgress(browserStore, questionnaire.id);
  // A plain page load: the report is its own static page, and there is no router to push to.
  window.location.assign(withBasePath(route));
}
