import type { ImportanceByArea } from "../link/importance";
import type { SharedResult } from "../link/result-schema";
import type { Answers } from "../questionnaire/answers";
import type { AssessmentScore } from "../scoring/score";

// The people in a team view, apart from the team's figures (types.ts): the figures are
// computed from the people, so the people's types must not import the figures'.

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
  /** How much each journey area matters, as this leader marked it in their link; absent when none. */
  importance?: ImportanceByArea;
};

/** Links that could belong to one person but were not paired, because more than one pairing was possible. */
export type Unpaired = { label: string; org?: string; links: number };
