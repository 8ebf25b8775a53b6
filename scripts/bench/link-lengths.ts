import { answersLength, informationBits } from "../../lib/link/answers-codec";
import { encodeFragment } from "../../lib/link/fragment";
import type { Catalogue } from "../../lib/questionnaire/catalogue";
import type { Questionnaire } from "../../lib/questionnaire/schema";

/** How long one questionnaire's share link is, next to the shortest it could possibly be. */
export type LinkLength = {
  questionnaire: string;
  version: number;
  questions: number;
  /** log2 of the number of distinct answer sets: no encoding can use fewer bits. */
  bits: number;
  /** The same bound in base64url characters (six bits each). */
  boundChars: number;
  /** Characters of the encoded answers alone. */
  answersChars: number;
  /** Characters of the whole fragment: format version, id, version, answers, checksum and seal. */
  fragmentChars: number;
  answersRatio: number;
  fragmentRatio: number;
};

/** Measures each questionnaire's link without labels; every answer set encodes to the same length. */
export function linkLengths(current: readonly Questionnaire[], catalogue: Catalogue): LinkLength[] {
  return current.map((q) => {
    const bits = informationBits(q);
    const boundChars = bits / 6;
    const answersChars = answersLength(q);
    const fragment = encodeFragment(
      { assessments: [{ questionnaireId: q.id, version: q.version, answers: {} }] },
      catalogue,
    );
    return {
      questionnaire: q.id,
      version: q.version,
      questions: q.questions.length,
      bits,
      boundChars,
      answersChars,
      fragmentChars: fragment.length,
      answersRatio: answersChars / boundChars,
      fragmentRatio: fragment.length / boundChars,
    };
  });
}
