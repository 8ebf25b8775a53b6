import { decodeFragment } from "../link/fragment";
import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { evaluate } from "../results/evaluate";
import type { AssessmentScore } from "../scoring/score";
import { fragmentOf, MAX_TEAM_LINKS, splitLines } from "./lines";
import { summariseDimensions, type DimensionSpread } from "./spread";

export type Respondent = { line: number; fragment: string; result: SharedResult; scores: AssessmentScore[] };
export type LineProblem = { line: number; text: string; reason: string };

export type QuestionnaireAggregate = {
  questionnaireId: string;
  title: string;
  kind: AssessmentScore["kind"];
  /** Versions seen; areas are compared by id, so a changed area only counts where it exists. */
  versions: number[];
  respondents: number;
  dimensions: DimensionSpread[];
};

export type TeamAggregate = {
  respondents: Respondent[];
  problems: LineProblem[];
  byQuestionnaire: QuestionnaireAggregate[];
};

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * Reads many result links and aggregates them. Bad lines are reported with their reason and
 * the rest still count; a repeated link counts once. Pure, so it runs anywhere and is tested.
 */
export function aggregateTeam(text: string, catalogue: Catalogue, limit = MAX_TEAM_LINKS): TeamAggregate {
  const lines = splitLines(text);
  const respondents: Respondent[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, text: raw } of lines) {
    if (respondents.length >= limit) {
      problems.push({ line, text: clip(raw), reason: `Only the first ${limit} links are read.` });
      continue;
    }
    const fragment = fragmentOf(raw);
    const decoded = decodeFragment(fragment, catalogue);
    if (!decoded.ok) {
      problems.push({ line, text: clip(raw), reason: decoded.error.message });
      continue;
    }
    const first = seen.get(fragment);
    if (first !== undefined) {
      problems.push({ line, text: clip(raw), reason: `Duplicate of line ${first}: counted once.` });
      continue;
    }
    seen.set(fragment, line);
    respondents.push({
      line,
      fragment,
      result: decoded.value,
      scores: evaluate(decoded.value, catalogue).map((e) => e.score),
    });
  }
  return { respondents, problems, byQuestionnaire: byQuestionnaire(respondents, catalogue) };
}

function byQuestionnaire(respondents: Respondent[], catalogue: Catalogue): QuestionnaireAggregate[] {
  const ids = [...new Set(respondents.flatMap((r) => r.result.assessments.map((a) => a.questionnaireId)))];
  return ids.map((id) => {
    const taking = respondents.flatMap((r) => {
      const i = r.result.assessments.findIndex((a) => a.questionnaireId === id);
      const score = r.scores[i];
      const a = r.result.assessments[i];
      return a && score ? [{ version: a.version, score }] : [];
    });
    const newest = catalogue.filter((q) => q.id === id).sort((x, y) => y.version - x.version)[0];
    const kind = taking[0]?.score.kind ?? "stages";
    return {
      questionnaireId: id,
      title: newest?.title ?? id,
      kind,
      versions: [...new Set(taking.map((t) => t.version))].sort((x, y) => x - y),
      respondents: taking.length,
      dimensions: summariseDimensions(
        taking.map((t) => t.score),
        kind,
      ),
    };
  });
}
