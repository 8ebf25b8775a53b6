import type { SharedResult } from "../link/result-schema";
import type { Answers } from "../questionnaire/answers";
import type { AssessmentScore } from "../scoring/score";
import type { TeamOverall } from "./overall";
import type { QuestionSpread } from "./questions";
import type { DimensionSpread } from "./spread";

export type Respondent = {
  /** The input line the link was on; a line may hold several links. */
  line: number;
  /** Assessments in the catalogue's order, whatever order the link gave them in. */
  result: SharedResult;
  scores: AssessmentScore[];
};

/** One assessment a leader took, with its score. */
export type LeaderAssessment = { questionnaireId: string; version: number; answers: Answers; score: AssessmentScore };

/**
 * One person in the team: one result link, or two (a journey-only and a blunders-only link)
 * paired because their role and organisation match and nothing else could match them.
 */
export type Leader = {
  /** Position in the team, from 1: a leader without a role is shown as "Leader <number>". */
  number: number;
  label?: string;
  org?: string;
  /** The input lines of this leader's links: two when two links were paired. */
  lines: number[];
  /** Every assessment the leader took, in the catalogue's order. */
  assessments: LeaderAssessment[];
};

/** Links that could belong to one person but were not paired, because more than one pairing was possible. */
export type Unpaired = { label: string; org?: string; links: number };

/** A line, or one link in it, that was not counted, and why. */
export type LineProblem = { line: number; text: string; reason: string };

export type QuestionnaireAggregate = {
  questionnaireId: string;
  title: string;
  kind: AssessmentScore["kind"];
  /** Versions seen; areas are compared by id, so a changed area only counts where it exists. */
  versions: number[];
  /** Leaders who took it. */
  respondents: number;
  /** The team's overall stage (journey) or avoidance (blunders). */
  overall: TeamOverall;
  dimensions: DimensionSpread[];
};

export type TeamAggregate = {
  /** Every distinct result link, as read. */
  respondents: Respondent[];
  /** The people: respondents, with one person's two partial links paired. */
  leaders: Leader[];
  unpaired: Unpaired[];
  problems: LineProblem[];
  byQuestionnaire: QuestionnaireAggregate[];
  /** Every question of the newest versions, with how the leaders on that version answered it. */
  questions: QuestionSpread[];
  /** Non-empty lines past MAX_TEAM_LINES, left unread (see caps.ts). */
  unreadLines: number;
};

/** How far reading has got, in non-empty lines. */
export type TeamProgress = { done: number; total: number };
