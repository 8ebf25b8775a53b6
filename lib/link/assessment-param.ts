import type { Catalogue } from "../questionnaire/catalogue";
import { findVersion } from "../questionnaire/catalogue";
import { answersLength, decodeAnswers, encodeAnswers } from "./answers-codec";
import { linkError, newerVersion, type Decoded, type LinkError } from "./errors";
import { checksum } from "./checksum";
import type { AssessmentResult } from "./result-schema";

/** One assessment's parameter value: `<version>.<answers><two-character check>`. */
const VALUE = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/;

function sign(id: string, version: number, answers: string): string {
  return answers + checksum(`${id}.${version}.${answers}`);
}

/** The value an assessment is written as, under its questionnaire's id (or `p.<id>` for an earlier result). */
export function assessmentParam(a: AssessmentResult, catalogue: Catalogue): string {
  const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
  if (!questionnaire) throw new Error(`unknown questionnaire ${a.questionnaireId} v${a.version}`);
  return `${a.version}.${sign(a.questionnaireId, a.version, encodeAnswers(questionnaire, a.answers))}`;
}

/** A version this site lacks, said with the questionnaire's title, and plainly when it is newer. */
function unknownVersion(catalogue: Catalogue, id: string, version: number): { ok: false; error: LinkError } {
  const known = catalogue.filter((q) => q.id === id);
  const newest = known.reduce((a, b) => (b.version > a.version ? b : a));
  if (version > newest.version) return newerVersion(version, newest.title, newest.version);
  return linkError("unknown-version", { version, title: newest.title });
}

/**
 * Reads one assessment's value. `last` says the parameter ended the link, where an unsealed
 * (version 1) link cut inside a questionnaire's name leaves part of that name.
 */
export function decodeAssessment(
  id: string,
  raw: string,
  catalogue: Catalogue,
  last: boolean,
): Decoded<AssessmentResult> {
  if (!catalogue.some((q) => q.id === id)) {
    if (last && catalogue.some((q) => q.id.startsWith(id))) return linkError("truncated");
    // Not the part's name as the link spells it: it could hold anything, direction overrides included.
    return linkError("unknown-questionnaire");
  }
  const match = VALUE.exec(raw);
  if (!match) return linkError("not-a-result");
  const version = Number(match[1]);
  const questionnaire = findVersion(catalogue, id, version);
  if (!questionnaire) return unknownVersion(catalogue, id, version);
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
