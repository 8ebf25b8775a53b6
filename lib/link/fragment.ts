import type { Catalogue } from "../questionnaire/catalogue";
import { findVersion } from "../questionnaire/catalogue";
import { DateSchema } from "../questionnaire/ids";
import { answersLength, decodeAnswers, encodeAnswers } from "./answers-codec";
import { linkError, type Decoded } from "./errors";
import { cleanLabel } from "./label";
import { checksum, linkSeal, SEAL_LENGTH } from "./radix";
import type { AssessmentResult, SharedResult } from "./result-schema";

/**
 * Version of the fragment layout itself, separate from the questionnaires' versions.
 * 1: assessments, labels and date. 2: the same, closed by a seal (`z`) over everything before
 * it, so a link cut anywhere is reported as cut instead of showing a different result.
 */
export const FORMAT_VERSION = 2;
/** A real result fragment is a few hundred characters; anything this long is refused unread. */
export const MAX_FRAGMENT_LENGTH = 4000;
/** Parameters that are not questionnaires. */
const RESERVED = new Set(["v", "label", "org", "d", "t", "z"]);
/** Targets: a format digit, then one stage (0 for "the default") per journey area in order. */
const TARGETS = /^1\.([0-6]{1,16})$/;
const VALUE = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/;

function sign(id: string, version: number, answers: string): string {
  return answers + checksum(`${id}.${version}.${answers}`);
}

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

/**
 * Writes a result as a URL fragment (without "#"):
 * `v=2&journey=1.<answers><check>&label=…&d=…&t=1.<targets>&z=<seal>`. The fragment never reaches a server,
 * so the answers stay with whoever holds the link.
 */
export function encodeFragment(result: SharedResult, catalogue: Catalogue): string {
  const params = new URLSearchParams({ v: String(FORMAT_VERSION) });
  for (const a of result.assessments) {
    const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
    if (!questionnaire) throw new Error(`unknown questionnaire ${a.questionnaireId} v${a.version}`);
    params.set(
      a.questionnaireId,
      `${a.version}.${sign(a.questionnaireId, a.version, encodeAnswers(questionnaire, a.answers))}`,
    );
  }
  const label = cleanLabel(result.label);
  const org = cleanLabel(result.org);
  if (label) params.set("label", label);
  if (org) params.set("org", org);
  if (result.date) params.set("d", result.date);
  const targets = encodeTargets(result, catalogue);
  if (targets) params.set("t", targets);
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

function decodeAssessment(id: string, raw: string, catalogue: Catalogue, last: boolean): Decoded<AssessmentResult> {
  if (!catalogue.some((q) => q.id === id)) {
    // An unsealed (version 1) link cut inside a questionnaire's name ends in part of that name.
    if (last && catalogue.some((q) => q.id.startsWith(id))) return linkError("truncated");
    return linkError("unknown-questionnaire", `"${id.slice(0, 40)}"`);
  }
  const match = VALUE.exec(raw);
  if (!match) return linkError("not-a-result");
  const version = Number(match[1]);
  const questionnaire = findVersion(catalogue, id, version);
  if (!questionnaire) return linkError("unknown-version", `${id} version ${version}`);
  const body = match[2] ?? "";
  const expected = answersLength(questionnaire) + 2;
  if (body.length < expected) return linkError("truncated");
  if (body.length > expected) return linkError("extended");
  const payload = body.slice(0, -2);
  if (sign(id, version, payload) !== body) return linkError("tampered");
  const answers = decodeAnswers(questionnaire, payload);
  if (!answers) return linkError("tampered");
  return { ok: true, value: { questionnaireId: id, version, answers } };
}

/** A version 2 link must end in its seal, whole and matching; version 1 links have none. */
function checkSeal(params: URLSearchParams, text: string): Decoded<null> {
  const seal = params.get("z");
  // The seal is written last, so any cut takes it away or shortens it.
  if (seal === null) return linkError("truncated");
  if (seal.length < SEAL_LENGTH) return linkError("truncated");
  if (seal.length > SEAL_LENGTH || !/(^|&)z=[^&]*&*$/.test(text)) return linkError("extended");
  if (seal !== sealOf(params)) return linkError("tampered");
  return { ok: true, value: null };
}

/** Reads a fragment (with or without "#"). Never throws: every failure is a typed LinkError. */
export function decodeFragment(fragment: string, catalogue: Catalogue): Decoded<SharedResult> {
  const text = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT_LENGTH) return linkError("too-large");
  if (text.trim() === "") return linkError("empty");
  // A link cut before its format is even whole.
  if (text === "v" || text === "v=") return linkError("truncated");
  const params = new URLSearchParams(text);
  const format = params.get("v");
  // Formats start at 1: "v=0" or "v=x" is not a link this site ever made.
  if (format === null || !/^[1-9]\d{0,5}$/.test(format)) return linkError("not-a-result");
  if (Number(format) > FORMAT_VERSION) return linkError("newer-format");
  if (Number(format) === 2) {
    const sealed = checkSeal(params, text);
    if (!sealed.ok) return sealed;
  }

  const assessments: AssessmentResult[] = [];
  const entries = [...params];
  for (const [i, [key, value]] of entries.entries()) {
    if (RESERVED.has(key)) continue;
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
    },
  };
}
