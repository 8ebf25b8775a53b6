import type { Questionnaire } from "../questionnaire/schema";

/**
 * How much a journey area matters to the organisation now, as the leader marks it: beside the
 * stage (how mature) it says where acting pays most (importance–performance analysis). Unset
 * by default; an area left unmarked is neither.
 */
export const IMPORTANCE_LEVELS = ["less", "important", "critical"] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];

/** Importance by journey area id; areas left out are unset. */
export type ImportanceByArea = Record<string, Importance>;

/** In a link: a format digit, then one digit per journey area in order (0 unset, 1 less, 2 important, 3 critical). */
const PARAM = /^1\.([0-3]{1,16})$/;

/** The value written as `i=`, or undefined when no area is marked. */
export function encodeImportance(journey: Questionnaire, importance: ImportanceByArea | undefined): string | undefined {
  if (!importance || !journey.dimensions.some((d) => importance[d.id] !== undefined)) return undefined;
  const digit = (level: Importance | undefined) => (level === undefined ? 0 : IMPORTANCE_LEVELS.indexOf(level) + 1);
  return `1.${journey.dimensions.map((d) => digit(importance[d.id])).join("")}`;
}

/**
 * Importance read from a link. It is the leader's judgement, not evidence: a value that does not
 * fit this journey (another number of areas, a digit out of range) is dropped, not fatal.
 */
export function decodeImportance(raw: string | null, journey: Questionnaire | undefined): ImportanceByArea | undefined {
  const digits = raw === null ? undefined : PARAM.exec(raw)?.[1];
  if (!digits || !journey || digits.length !== journey.dimensions.length) return undefined;
  const importance: ImportanceByArea = {};
  journey.dimensions.forEach((d, i) => {
    const level = IMPORTANCE_LEVELS[Number(digits[i]) - 1];
    if (level) importance[d.id] = level;
  });
  return Object.keys(importance).length > 0 ? importance : undefined;
}
