import { fill, formatDateIn } from "../i18n/format";
import { latestVersions, type Catalogue } from "../questionnaire/catalogue";
import type { TeamText } from "../team/text";
import type { Action, ActionAbout } from "./actions";
import type { TeamReportModel } from "./team-report";

/** An action with what it is about in words, its owner as shown, and its date as people read it. */
export type ActionLine = Action & { aboutText: string; ownerText: string; dueText: string };

/** One thing an action can be about, as the editor offers it. */
export type ActionChoice = { value: string; label: string; about: ActionAbout };

/** An action's subject as one string, for a form's select: "journey/area/leadership". */
export const aboutValue = (about: ActionAbout) => `${about.questionnaireId}/${about.kind}/${about.id}`;

/**
 * What an action is about, in words: "Leadership alignment (Customer journey)", or the
 * question's text. Looked up in every version, newest first, so an action from last year's link
 * still reads; an id the site no longer knows is shown as it is.
 */
export function aboutText(
  about: ActionAbout,
  catalogue: Catalogue,
  { workshop: w }: Pick<TeamText, "workshop">,
): string {
  const versions = catalogue.filter((q) => q.id === about.questionnaireId).sort((a, b) => b.version - a.version);
  const title = versions[0]?.title ?? about.questionnaireId;
  for (const q of versions) {
    if (about.kind === "area") {
      const d = q.dimensions.find((x) => x.id === about.id);
      if (d) return fill(w.aboutArea, { area: d.name, title });
    } else {
      const question = q.questions.find((x) => x.id === about.id);
      if (question) return fill(w.aboutQuestion, { question: question.text, title });
    }
  }
  return fill(w.aboutArea, { area: about.id, title });
}

export function actionLines(actions: readonly Action[], catalogue: Catalogue, text: TeamText): ActionLine[] {
  return actions.map((a) => ({
    ...a,
    aboutText: aboutText(a.about, catalogue, text),
    ownerText: a.owner ?? text.workshop.noOwner,
    dueText: formatDateIn(text.locale, a.due),
  }));
}

/**
 * What the editor offers: the questions the team disputes most first (that is what a
 * workshop argues about), then every area of every questionnaire the team took.
 */
export function actionChoices(
  report: TeamReportModel,
  catalogue: Catalogue,
  { workshop: w }: Pick<TeamText, "workshop">,
): ActionChoice[] {
  const questions = (report.questions ?? []).map(({ question }): ActionChoice => {
    const about: ActionAbout = { questionnaireId: question.questionnaireId, kind: "question", id: question.id };
    return { value: aboutValue(about), label: fill(w.choiceQuestion, { question: question.text }), about };
  });
  const taken = new Set(report.spreads.map((s) => s.questionnaireId));
  const areas = latestVersions(catalogue)
    .filter((q) => taken.has(q.id))
    .flatMap((q) =>
      q.dimensions.map((d): ActionChoice => {
        const about: ActionAbout = { questionnaireId: q.id, kind: "area", id: d.id };
        return { value: aboutValue(about), label: fill(w.aboutArea, { area: d.name, title: q.title }), about };
      }),
    );
  return [...questions, ...areas];
}
