import { link as ENGLISH } from "../i18n/messages/en/link";
import type { LineProblem } from "../team/types";
import { MAX_LINKS_PER_LINE } from "./read";
import { lineReasonText } from "./reasons";

// The English of the reasons a line was not counted, for tests and code that shows no page. Kept
// apart from the reader, so the team's worker and pages carry no English words they never show.

export const reasonInEnglish = (problem: Pick<LineProblem, "why">): string =>
  lineReasonText(problem.why, "en", ENGLISH);

export const NO_LINK = reasonInEnglish({ why: { code: "no-link" } });
export const sameResultAs = (line: number) => reasonInEnglish({ why: { code: "same-result", line } });
export const TOO_MANY_IN_LINE = reasonInEnglish({ why: { code: "too-many-in-line", max: MAX_LINKS_PER_LINE } });
