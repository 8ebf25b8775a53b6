import type { AssessmentScore } from "../scoring/score";
import type { TeamOverall } from "./overall";
import type { QuestionSpread } from "./questions";
import type { DimensionSpread } from "./score-spread";
import type { LinkError } from "../link/errors";
import type { LeaderNote } from "../link/same-leader";
import type { Leader, Respondent, Unpaired } from "./people";

/**
 * Why a line of the team box was not counted, as data: the reader stays free of words, and the
 * page says it in its own language (docs/decisions/0018-messages-typed-from-english.md).
 */
export type LineReason =
  | LeaderNote
  | { code: "no-link" }
  | { code: "too-many-in-line"; max: number }
  | { code: "only-the-first"; limit: number }
  | { code: "link"; error: Pick<LinkError, "kind" | "parts"> };

/**
 * A line, or one link in it, that was not counted, and why: `why` as data for a page to word
 * (lib/team-input/reasons.ts; in English for code that shows no page, english-reasons.ts).
 */
export type LineProblem = { line: number; text: string; why: LineReason };

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
  /**
   * Lines read as the mail around the links (headers, the quoted message, closings, signatures,
   * see lib/team-input/mail.ts): not links, and not listed among the problems.
   */
  mail: number[];
  byQuestionnaire: QuestionnaireAggregate[];
  /** Every question of the newest versions, with how the leaders on that version answered it. */
  questions: QuestionSpread[];
  /** Non-empty lines past MAX_TEAM_LINES, left unread (see caps.ts). */
  unreadLines: number;
};

/** How far reading has got, in non-empty lines. */
export type TeamProgress = { done: number; total: number };
