import type { Catalogue } from "../questionnaire/catalogue";
import { findVersion } from "../questionnaire/catalogue";
import { DateSchema } from "../questionnaire/ids";
import { assessmentParam, decodeAssessment } from "./assessment-param";
import { linkError, newerFormat, type Decoded } from "./errors";
import { cleanLabel } from "./label";
import { decodePrevious, encodePrevious, PREVIOUS_PREFIX } from "./previous";
import { linkSeal, SEAL_LENGTH } from "./seal";
import type { AssessmentResult, SharedResult } from "./result-schema";
import { DEFAULT_LOCALE, isLocale } from "../i18n/locales";
import { decodeImportance, encodeImportance } from "./importance";
import { isPackedNotes } from "./notes";

/**
 * Version of the fragment layout itself, separate from the questionnaires' versions: the newest
 * this site reads. 1: assessments, labels and date. 2: the same, closed by a seal (`z`) over
 * everything before it, so a link cut anywhere is reported as cut instead of showing a different
 * result. 3: format 2 plus the earlier result a retake carries (`p.…`, see previous.ts). 4: the
 * same, plus the language the answers were given in (`l=`), importance by journey area (`i=`)
 * and the leader's notes (`n=`), and for the earlier result its language and notes (`p.l`,
 * `p.n`). See docs/decisions/0003-result-links-sealed-in-the-fragment.md.
 */
export const FORMAT_VERSION = 4;
/**
 * A link without an earlier result is still written as format 2, exactly as before: it opens on
 * a site that reads only format 2. A format 3 link opened there says it was made by a newer
 * version, rather than that "p.journey" is an unknown questionnaire.
 */
const SEALED_FORMAT = 2;
const WITH_PREVIOUS_FORMAT = 3;
/** A link written in English without importance or notes stays format 2 or 3, as before. */
const WITH_CONTEXT_FORMAT = 4;
/** A real result fragment is a few hundred characters; anything this long is refused unread. */
export const MAX_FRAGMENT_LENGTH = 4000;
/** Parameters that are not questionnaires. */
const RESERVED = new Set(["v", "label", "org", "d", "t", "z", "l", "i", "n"]);
/** Targets: a format digit, then one stage (0 for "the default") per journey area in order. */
const TARGETS = /^1\.([0-6]{1,16})$/;

/**
 * The seal covers every parameter but itself, in an order that does not depend on how the
 * link was spelled: reordered parameters, a trailing "&" or "+" for "%20" read the same.
 */
function sealOf(params: URLSearchParams): string {
  const pairs = [...params]
    .filter(([key]) => key !== "z")
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  return linkSeal(JSON.stringify(pairs));
}

/** Parameters closed by their seal, as encodeFragment closes them: for links built by hand (tests, tools). */
export function withSeal(body: string): string {
  return `${body}&z=${sealOf(new URLSearchParams(body))}`;
}

/**
 * Writes a result as a URL fragment (without "#"):
 * `v=2&journey=1.<answers><check>&label=…&d=…&t=1.<targets>&z=<seal>`, or with `v=3` and the
 * earlier result's `p.…` parameters before the seal. The fragment never reaches a server, so
 * the answers stay with whoever holds the link.
 */
export function encodeFragment(result: SharedResult, catalogue: Catalogue): string {
  const journey = journeyIn(result.assessments, catalogue);
  const language = result.language === DEFAULT_LOCALE ? undefined : result.language;
  const importance = journey ? encodeImportance(journey, result.importance) : undefined;
  const context = language || importance || result.notes || result.previous?.language || result.previous?.notes;
  const format = context ? WITH_CONTEXT_FORMAT : result.previous ? WITH_PREVIOUS_FORMAT : SEALED_FORMAT;
  const params = new URLSearchParams({ v: String(format) });
  for (const a of result.assessments) params.set(a.questionnaireId, assessmentParam(a, catalogue));
  const label = cleanLabel(result.label);
  const org = cleanLabel(result.org);
  if (label) params.set("label", label);
  if (org) params.set("org", org);
  if (result.date) params.set("d", result.date);
  const targets = encodeTargets(result, catalogue);
  if (targets) params.set("t", targets);
  if (language) params.set("l", language);
  if (importance) params.set("i", importance);
  if (result.notes) params.set("n", result.notes);
  if (result.previous) encodePrevious(params, result.previous, catalogue);
  params.set("z", sealOf(params));
  return params.toString();
}

/** The journey questionnaire a result holds, whose areas targets are written for. */
function journeyIn(assessments: readonly AssessmentResult[], catalogue: Catalogue) {
  for (const a of assessments) {
    const q = findVersion(catalogue, a.questionnaireId, a.version);
    if (q?.kind === "stages") return q;
  }
  return undefined;
}

function encodeTargets(result: SharedResult, catalogue: Catalogue): string | undefined {
  const journey = journeyIn(result.assessments, catalogue);
  const targets = result.targets;
  if (!journey || !targets || Object.keys(targets).length === 0) return undefined;
  return `1.${journey.dimensions.map((d) => targets[d.id] ?? 0).join("")}`;
}

/** Targets are the leader's choice, not evidence: ones that do not fit are dropped, not fatal. */
function decodeTargets(raw: string | null, assessments: readonly AssessmentResult[], catalogue: Catalogue) {
  const digits = raw === null ? null : TARGETS.exec(raw)?.[1];
  const journey = journeyIn(assessments, catalogue);
  if (!digits || !journey || digits.length !== journey.dimensions.length) return undefined;
  const targets: Record<string, number> = {};
  journey.dimensions.forEach((d, i) => {
    const stage = Number(digits[i]);
    if (stage > 0) targets[d.id] = stage;
  });
  return Object.keys(targets).length > 0 ? targets : undefined;
}

/** A link from version 2 on must end in its seal, whole and matching; version 1 links have none. */
function checkSeal(params: URLSearchParams, text: string): Decoded<null> {
  const seal = params.get("z");
  // The seal is written last, so any cut takes it away or shortens it.
  if (seal === null) return linkError("truncated");
  if (seal.length < SEAL_LENGTH) return linkError("truncated");
  if (seal.length > SEAL_LENGTH || !/(^|&)z=[^&]*&*$/.test(text)) return linkError("extended");
  if (seal !== sealOf(params)) return linkError("tampered");
  return { ok: true, value: null };
}

/** A fragment that passed the checks needing no questionnaire: its parameters and format. */
type Checked = { params: URLSearchParams; format: number };

/**
 * The checks a link passes before any questionnaire is read: its size, its format, and (from
 * format 2) its seal. Enough to tell a link damaged on its way without the questionnaires, as
 * a flow page must (it ships only its own) and as joining a link wrapped across lines does.
 */
export function checkFragment(fragment: string): Decoded<Checked> {
  const text = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT_LENGTH) return linkError("too-large");
  if (text.trim() === "") return linkError("empty");
  // A link cut before its format is even whole.
  if (text === "v" || text === "v=") return linkError("truncated");
  const params = new URLSearchParams(text);
  const format = params.get("v");
  // Formats start at 1: "v=0" or "v=x" is not a link this site ever made.
  if (format === null || !/^[1-9]\d{0,5}$/.test(format)) return linkError("not-a-result");
  if (Number(format) > FORMAT_VERSION) return newerFormat(Number(format), FORMAT_VERSION);
  if (Number(format) >= SEALED_FORMAT) {
    const sealed = checkSeal(params, text);
    if (!sealed.ok) return sealed;
  }
  return { ok: true, value: { params, format: Number(format) } };
}

/** True when the fragment is a sealed link whose seal is whole and matches: it is as it was written. */
export function isSealed(fragment: string): boolean {
  const checked = checkFragment(fragment);
  return checked.ok && checked.value.format >= SEALED_FORMAT;
}

/** Reads a fragment (with or without "#"). Never throws: every failure is a typed LinkError. */
export function decodeFragment(fragment: string, catalogue: Catalogue): Decoded<SharedResult> {
  const checked = checkFragment(fragment);
  if (!checked.ok) return checked;
  const { params, format } = checked.value;

  const assessments: AssessmentResult[] = [];
  const earlier: [string, string][] = [];
  const entries = [...params];
  const carriesPrevious = format >= WITH_PREVIOUS_FORMAT;
  for (const [i, [key, value]] of entries.entries()) {
    if (RESERVED.has(key)) continue;
    if (carriesPrevious && key.startsWith(PREVIOUS_PREFIX)) {
      earlier.push([key, value]);
      continue;
    }
    if (assessments.some((a) => a.questionnaireId === key)) return linkError("not-a-result");
    const decoded = decodeAssessment(key, value, catalogue, i === entries.length - 1);
    if (!decoded.ok) return decoded;
    assessments.push(decoded.value);
  }
  if (assessments.length === 0) return linkError("empty");
  const label = cleanLabel(params.get("label"));
  const org = cleanLabel(params.get("org"));
  // The date is context, not evidence: one that does not parse is dropped, not fatal.
  const date = DateSchema.safeParse(params.get("d") ?? undefined).data;
  const targets = decodeTargets(params.get("t"), assessments, catalogue);
  const previous = decodePrevious(earlier, catalogue);
  if (!previous.ok) return previous;
  const context = format >= WITH_CONTEXT_FORMAT ? decodeContext(params, journeyIn(assessments, catalogue)) : {};
  // Every part is valid by construction (answers come from the codec, labels are cleaned and
  // cut to length), so the value is not parsed again: with thousands of links in a team view
  // that parse was a third of the time. A property test holds each decoded value to
  // SharedResultSchema instead.
  return {
    ok: true,
    value: {
      assessments,
      ...(label && { label }),
      ...(org && { org }),
      ...(date && { date }),
      ...(targets && { targets }),
      ...(previous.value && { previous: previous.value }),
      ...context,
    },
  };
}

/**
 * The language, importance and notes of a format 4 link. Like targets they are context, not
 * evidence: a part that does not fit (a language this site does not speak, importance for
 * another number of areas, notes not as packNotes writes them) is dropped, and the answers
 * still stand. English is what a link without a language was answered in.
 */
function decodeContext(params: URLSearchParams, journey: ReturnType<typeof journeyIn>) {
  const language = params.get("l");
  const importance = decodeImportance(params.get("i"), journey);
  const notes = params.get("n");
  return {
    ...(isLocale(language) && language !== DEFAULT_LOCALE && { language }),
    ...(importance && { importance }),
    ...(isPackedNotes(notes) && { notes }),
  };
}
