import type { Catalogue } from "../questionnaire/catalogue";
import { findVersion } from "../questionnaire/catalogue";
import { DateSchema } from "../questionnaire/ids";
import { answersLength, decodeAnswers, encodeAnswers } from "./answers-codec";
import { linkError, type Decoded } from "./errors";
import { checksum } from "./radix";
import { MAX_LABEL, type AssessmentResult, type SharedResult } from "./result-schema";

/** Version of the fragment layout itself, separate from the questionnaires' versions. */
export const FORMAT_VERSION = 1;
/** A real result fragment is a few hundred characters; anything this long is refused unread. */
export const MAX_FRAGMENT_LENGTH = 4000;
const RESERVED = new Set(["v", "label", "org", "d"]);
const VALUE = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/;

function sign(id: string, version: number, answers: string): string {
  return answers + checksum(`${id}.${version}.${answers}`);
}

/**
 * Writes a result as a URL fragment (without "#"): `v=1&journey=1.<answers><check>&label=…`.
 * The fragment never reaches a server, so the answers stay with whoever holds the link.
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
  if (result.label) params.set("label", result.label.slice(0, MAX_LABEL));
  if (result.org) params.set("org", result.org.slice(0, MAX_LABEL));
  if (result.date) params.set("d", result.date);
  return params.toString();
}

function decodeAssessment(id: string, raw: string, catalogue: Catalogue): Decoded<AssessmentResult> {
  if (!catalogue.some((q) => q.id === id)) return linkError("unknown-questionnaire", `"${id.slice(0, 40)}"`);
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

/** Reads a fragment (with or without "#"). Never throws: every failure is a typed LinkError. */
export function decodeFragment(fragment: string, catalogue: Catalogue): Decoded<SharedResult> {
  const text = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT_LENGTH) return linkError("too-large");
  if (text.trim() === "") return linkError("empty");
  const params = new URLSearchParams(text);
  const format = params.get("v");
  if (format === null || !/^\d+$/.test(format)) return linkError("not-a-result");
  if (Number(format) !== FORMAT_VERSION) return linkError("newer-format");

  const assessments: AssessmentResult[] = [];
  for (const [key, value] of params) {
    if (RESERVED.has(key)) continue;
    if (assessments.some((a) => a.questionnaireId === key)) return linkError("not-a-result");
    const decoded = decodeAssessment(key, value, catalogue);
    if (!decoded.ok) return decoded;
    assessments.push(decoded.value);
  }
  if (assessments.length === 0) return linkError("empty");
  const label = params.get("label")?.trim().slice(0, MAX_LABEL) || undefined;
  const org = params.get("org")?.trim().slice(0, MAX_LABEL) || undefined;
  // The date is context, not evidence: one that does not parse is dropped, not fatal.
  const date = DateSchema.safeParse(params.get("d") ?? undefined).data;
  // Every part is valid by construction (answers come from the codec, labels are trimmed and
  // cut to length), so the value is not parsed again: with thousands of links in a team view
  // that parse was a third of the time. A property test holds each decoded value to
  // SharedResultSchema instead.
  return { ok: true, value: { assessments, ...(label && { label }), ...(org && { org }), ...(date && { date }) } };
}
