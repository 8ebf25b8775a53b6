import type { Catalogue } from "../questionnaire/catalogue";
import { DateSchema } from "../questionnaire/ids";
import { assessmentParam, decodeAssessment } from "./assessment-param";
import { inEarlierResult, linkError, type Decoded } from "./errors";
import { cleanLabel } from "./label";
import { isPackedNotes } from "./notes";
import { DEFAULT_LOCALE, isLocale } from "../i18n/locales";
import type { AssessmentResult, PreviousResult, SharedResult } from "./result-schema";

/**
 * The earlier result rides in the same link as parameters of its own, each name prefixed:
 * `p.journey=1.<answers><check>&p.label=…&p.org=…&p.d=2025-11-27`. Not one nested, escaped
 * fragment: escaping a fragment again turns each "%" into "%25", and a link with the longest
 * names in a non-Latin script would outgrow MAX_FRAGMENT_LENGTH. A "." never appears in a
 * questionnaire id, so these names cannot collide with an assessment's.
 */
export const PREVIOUS_PREFIX = "p.";

const META = { label: "label", org: "org", date: "d", language: "l", notes: "n" } as const;
const META_NAMES = new Set<string>(Object.values(META));

/**
 * The result of a retake, carrying the earlier result it retook. Only the earlier result's
 * assessments, names and date are kept: its own earlier result and its targets are left out,
 * so a link never nests more than one level.
 */
export function withPrevious(result: SharedResult, earlier: SharedResult): SharedResult {
  const { assessments, label, org, date, language, notes } = earlier;
  return {
    ...result,
    previous: {
      assessments,
      ...(label && { label }),
      ...(org && { org }),
      ...(date && { date }),
      ...(language && language !== DEFAULT_LOCALE && { language }),
      ...(notes && { notes }),
    },
  };
}

/** Adds the earlier result's parameters; the seal written after them covers them too. */
export function encodePrevious(params: URLSearchParams, previous: PreviousResult, catalogue: Catalogue): void {
  for (const a of previous.assessments) params.set(PREVIOUS_PREFIX + a.questionnaireId, assessmentParam(a, catalogue));
  const label = cleanLabel(previous.label);
  const org = cleanLabel(previous.org);
  if (label) params.set(PREVIOUS_PREFIX + META.label, label);
  if (org) params.set(PREVIOUS_PREFIX + META.org, org);
  if (previous.date) params.set(PREVIOUS_PREFIX + META.date, previous.date);
  if (previous.language && previous.language !== DEFAULT_LOCALE)
    params.set(PREVIOUS_PREFIX + META.language, previous.language);
  if (previous.notes) params.set(PREVIOUS_PREFIX + META.notes, previous.notes);
}

/**
 * Reads the earlier result from its parameters (names with the prefix), or undefined when the
 * link has none. Its answers are held to the same checks as the later result's, and a failure
 * fails the whole link: the seal has already shown the link is as it was written, so an earlier
 * result that cannot be read was written by some other site or tool, and showing the later one
 * without it would hide the change the sender meant to show.
 */
export function decodePrevious(
  entries: readonly (readonly [string, string])[],
  catalogue: Catalogue,
): Decoded<PreviousResult | undefined> {
  if (entries.length === 0) return { ok: true, value: undefined };
  const assessments: AssessmentResult[] = [];
  const meta = new Map<string, string>();
  for (const [key, value] of entries) {
    const name = key.slice(PREVIOUS_PREFIX.length);
    if (META_NAMES.has(name)) {
      // As for the later result, the first of a repeated name counts.
      if (!meta.has(name)) meta.set(name, value);
      continue;
    }
    // Anything else names a questionnaire: "p.p.journey" names none, so nesting is refused here.
    if (assessments.some((a) => a.questionnaireId === name)) return inEarlierResult(linkError("not-a-result"));
    const decoded = decodeAssessment(name, value, catalogue, false);
    if (!decoded.ok) return inEarlierResult(decoded);
    assessments.push(decoded.value);
  }
  // Names or a date with no answers: not something this site writes.
  if (assessments.length === 0) return inEarlierResult(linkError("not-a-result"));
  const label = cleanLabel(meta.get(META.label));
  const org = cleanLabel(meta.get(META.org));
  const date = DateSchema.safeParse(meta.get(META.date)).data;
  // As for the later result: context that does not fit is dropped, the answers stand.
  const language = meta.get(META.language);
  const notes = meta.get(META.notes);
  return {
    ok: true,
    value: {
      assessments,
      ...(label && { label }),
      ...(org && { org }),
      ...(date && { date }),
      ...(isLocale(language) && language !== DEFAULT_LOCALE && { language }),
      ...(isPackedNotes(notes) && { notes }),
    },
  };
}
