import { encodeFragment } from "../lib/link/fragment";
import { choose, type Answers } from "../lib/questionnaire/answers";
import type { Catalogue } from "../lib/questionnaire/catalogue";
import type { Locale } from "../lib/i18n/locales";
import { agreementFixture, stagesFixture } from "./fixtures";

/** The two fixture questionnaires, as a team view reads them. */
export const teamCatalogue: Catalogue = [stagesFixture(), agreementFixture()];

type Who = { label?: string; org?: string };

/** Every journey fixture question answered at option `i` (stage i + 1 where the option exists). */
export const journeyAt = (i: number): Answers =>
  Object.fromEntries(stagesFixture().questions.map((q) => [q.id, choose(Math.min(i, q.options.length - 1))]));

/** Every blunders fixture question at scale index `i`. */
export const blundersAt = (i: number): Answers =>
  Object.fromEntries(agreementFixture().questions.map((q) => [q.id, choose(i)]));

/** A result link holding the given assessments of the fixture catalogue. */
export function teamLink(parts: { journey?: Answers; blunders?: Answers }, who: Who = {}): string {
  const assessments = [
    ...(parts.journey ? [{ questionnaireId: "mini", version: 1, answers: parts.journey }] : []),
    ...(parts.blunders ? [{ questionnaireId: "mini-blunders", version: 1, answers: parts.blunders }] : []),
  ];
  return `https://example.org/results/#${encodeFragment({ assessments, ...who }, teamCatalogue)}`;
}

/** A leader's journey link answered in `language` (`l=`; an English link records none), at `journeyAt(stage)`. */
export const teamLinkIn = (language: Locale, stage: number, label: string): string =>
  `https://example.org/results/#${encodeFragment(
    {
      assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(stage) }],
      label,
      ...(language !== "en" && { language }),
    },
    teamCatalogue,
  )}`;
