import type { SharedResult } from "../link/result-schema";
import type { AssessmentScore } from "../scoring/score";
import type { DimensionSpread } from "./spread";

export type Respondent = {
  /** The input line the link was on; a line may hold several links. */
  line: number;
  /** Assessments in the catalogue's order, whatever order the link gave them in. */
  result: SharedResult;
  scores: AssessmentScore[];
};

/** A line, or one link in it, that was not counted, and why. */
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
  /** Non-empty lines past MAX_TEAM_LINES, left unread (see caps.ts). */
  unreadLines: number;
};

/** How far reading has got, in non-empty lines. */
export type TeamProgress = { done: number; total: number };
