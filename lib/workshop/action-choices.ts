import { latestVersions, type Catalogue } from "../questionnaire/catalogue";
import { formatDate } from "../shared/dates";
import type { Action, ActionAbout } from "./actions";
import type { TeamReportModel } from "./team-report";

/** An action with what it is about in words, its owner as shown, and its date as people read it. */
export type ActionLine = Action & { aboutText: string; ownerText: string; dueText: string };

/** What shows for an owner a link carried as nothing visible (lib/workshop/actions.ts). */
export const NO_OWNER = "no owner named";

/** One thing an action can be about, as the editor offers it. */
export type ActionChoice = { value: string; label: string; about: ActionAbout };

/** An action's subject as one string, for a form's select: "journey/area/leadership". */
export const aboutValue = (about: ActionAbout) => `${about.questionnaireId}/${about.kind}/${about.id}`;

/**
 * What an action is about, in words: "Leadership alignment (Customer journey)", or the
 * question's text. Looked up in every version, newest first, so an action from last year's link
 * still reads; an id the site no longer knows is shown as it is.
 */
export function aboutText(about: ActionAbout, catalogue: Catalogue): string {
  const versions = catalogue.filter((q) => q.id === about.questionnaireId).sort((a, b) => b.version - a.version);
  const title = versions[0]?.title ?? about.questionnaireId;
  for (const q of versions) {
    if (about.kind === "area") {
      const d = q.dimensions.find((x) => x.id === about.id);
      if (d) return `${d.name} (${title})`;
    } else {
      const question = q.questions.find((x) => x.id === about.id);
      if (question) return `“${question.text}” (${title})`;
    }
  }
  return `${about.id} (${title})`;
}

export function actionLines(actions: readonly Action[], catalogue: Catalogue): ActionLine[] {
  return actions.map((a) => ({
    ...a,
    aboutText: aboutText(a.about, catalogue),
    ownerText: a.owner ?? NO_OWNER,
    dueText: formatDate(a.due),
  }));
}

/**
 * What the editor offers: the questions the team disputes most first (that is what a
 * workshop argues about), then every area of every questionnaire the team took.
 */
export function actionChoices(report: TeamReportModel, catalogue: Catalogue): ActionChoice[] {
  const questions = (report.questions ?? []).map(({ question }): ActionChoice => {
    const about: ActionAbout = { questionnaireId: question.questionnaireId, kind: "question", id: question.id };
    return { value: aboutValue(about), label: `Question: ${question.text}`, about };
  });
  const taken = new Set(report.spreads.map((s) => s.questionnaireId));
  const areas = latestVersions(catalogue)
    .filter((q) => taken.has(q.id))
    .flatMap((q) =>
      q.dimensions.map((d): ActionChoice => {
        const about: ActionAbout = { questionnaireId: q.id, kind: "area", id: d.id };
        return { value: aboutValue(about), label: `${d.name} (${q.title})`, about };
      }),
    );
  return [...questions, ...areas];
}
