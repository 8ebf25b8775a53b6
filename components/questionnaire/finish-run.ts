import type { FlowHash } from "@/lib/link/flow-links";
import { encodeFragment } from "@/lib/link/fragment";
import type { Answers } from "@/lib/questionnaire/answers";
import { notKeptRoute } from "@/lib/link/flow-route";
import { finishRun } from "@/lib/questionnaire/flow";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { today } from "@/lib/results/today";
import { addToHistory } from "@/lib/storage/history";
import { saveLatest } from "@/lib/storage/latest-results";
import { keepNotes } from "@/lib/storage/kept-notes";
import { clearProgress, type ProgressNotes } from "@/lib/storage/progress";
import { isPackedNotes, packNotes, unpackNotes, type Notes } from "@/lib/link/notes";
import { pageHref } from "@/components/shared/base-path";
import { browserStore } from "@/components/shared/browser-storage";

type Run = {
  questionnaire: Questionnaire;
  answers: Answers;
  /** What the flow's address brought along (see useCarry). */
  carry: FlowHash;
  /** The site's questionnaire ids, in the order it offers them. */
  order: readonly string[];
  /** The leader's notes on this run's answers, by question id. */
  notes?: ProgressNotes;
  /** True when the leader chose to put their notes in the link. */
  shareNotes?: boolean;
  /** The page's language: the run ends on the results page in it. */
  locale: Locale;
};

const resultOf = ({ questionnaire, answers }: Run) => ({
  questionnaireId: questionnaire.id,
  version: questionnaire.version,
  answers,
});

/** The run's answers as a result link's fragment, dated today, with notes when they are packed in. */
export function resultFragment(run: Run, notes?: string): string {
  // The role and organisation typed once (on an invitation or a result) go into every link.
  const { role, org } = run.carry;
  const names = { ...(role && { label: role }), ...(org && { org }) };
  const packed = notes ? { notes } : {};
  // The language the answers were given in (English is left out of the link, as before languages).
  return encodeFragment({ assessments: [resultOf(run)], date: today(), language: run.locale, ...names, ...packed }, [
    run.questionnaire,
  ]);
}

/** The notes a carried result's link holds, when the leader put them in it. */
async function carriedNotes(fragment: string | undefined): Promise<Notes> {
  const packed = fragment ? new URLSearchParams(fragment.replace(/^#/, "")).get("n") : null;
  if (!isPackedNotes(packed)) return {};
  const unpacked = await unpackNotes(packed);
  return unpacked.ok ? unpacked.notes : {};
}

/**
 * This run's notes packed for the link, with `notes` in place of the kept ones when given, and
 * the notes of a result brought along: the results page joins the two results into one link,
 * whose one `n=` must hold both.
 */
export async function packedNotesOf(run: Run, notes = run.notes ?? {}): Promise<string | undefined> {
  return packNotes({ ...(await carriedNotes(run.carry.with)), [run.questionnaire.id]: notes });
}

/**
 * How long the link this run ends on would be with these notes in it: the run's own link, plus
 * the result it brought along without its notes (already counted in the run's). Never shorter
 * than the joined link, so a note that passes fits there too.
 */
export async function linkLengthWith(run: Run, notes: ProgressNotes): Promise<number> {
  const own = resultFragment(run, await packedNotesOf(run, notes)).length;
  const carried = run.carry.with ? run.carry.with.replace(/(^|&)n=[^&]*/, "").length : 0;
  return own + carried;
}

/** What stops a finish: this browser could not keep notes that are not going into the link (said on the review). */
export type FinishProblem = "notes-not-kept";

/**
 * Ends the run: keeps the result in this browser, clears the progress, and opens what comes
 * next, or, with `here`, a retake's result without going on to the next assessment. Notes this
 * browser cannot keep, and that are not going into the link, stop it once with "notes-not-kept"
 * (returned, for the review to say in its language), so they are never lost unsaid; `anyway`
 * goes on without them.
 */
export async function finish(
  run: Run,
  { here = false, anyway = false }: { here?: boolean; anyway?: boolean } = {},
): Promise<FinishProblem | null> {
  const { questionnaire, carry, order } = run;
  // Kept here whether or not they go into the link: the report on this browser shows them.
  const kept = keepNotes(browserStore, questionnaire, run.answers, run.notes ?? {});
  if (!kept.ok && !run.shareNotes && !anyway) return "notes-not-kept";
  // Notes a carried result's link holds stay in the joined link, whatever is chosen for these.
  const notes = run.shareNotes ? await packedNotesOf(run) : await packNotes(await carriedNotes(run.carry.with));
  const fragment = resultFragment(run, notes);
  // Kept so a report can add the other assessment, and a later result can be compared.
  saveLatest(browserStore, resultOf(run), today());
  const { path, saveToHistory } = finishRun({ questionnaireId: questionnaire.id, order, own: fragment, carry, here });
  const entry = { savedAt: new Date().toISOString(), questionnaireIds: [questionnaire.id], fragment };
  // Not kept here: the results page tries again and says why, rather than the list missing it unsaid.
  const route = saveToHistory && !addToHistory(browserStore, entry) ? notKeptRoute(fragment) : path;
  clearProgress(browserStore, questionnaire.id);
  // A plain page load: the report is its own static page, and there is no router to push to.
  window.location.assign(pageHref(run.locale, route));
  return null;
}
