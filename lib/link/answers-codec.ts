import {
  choose,
  DONT_KNOW as DONT_KNOW_ANSWER,
  optionCount,
  type Answer,
  type Answers,
} from "../questionnaire/answers";
import type { Questionnaire } from "../questionnaire/schema";
import { capacity, encodedLength, packDigits, unpackDigits } from "./radix";

// Each question has optionCount + 2 states: 0 unanswered, 1 "Don't know", 2.. an option.
const UNANSWERED = 0;
const DONT_KNOW = 1;
const FIRST_OPTION = 2;

// Answers are values, never changed in place, so every decoded link shares these objects
// instead of allocating one per answer: a team view decodes 140,000 answers for 5,000 links.
const optionAnswers: Answer[] = [];
function optionAnswer(index: number): Answer {
  let answer = optionAnswers[index];
  if (!answer) {
    answer = Object.freeze(choose(index));
    optionAnswers[index] = answer;
  }
  return answer;
}

const radixLists = new WeakMap<Questionnaire, readonly number[]>();

/** One radix per question; the same array each time, so radix.ts can keep what it derives. */
export function radicesFor(questionnaire: Questionnaire): readonly number[] {
  let radices = radixLists.get(questionnaire);
  if (!radices) {
    radices = questionnaire.questions.map((q) => optionCount(questionnaire, q) + FIRST_OPTION);
    radixLists.set(questionnaire, radices);
  }
  return radices;
}

/** Bits needed, at the very least, to tell every possible answer set apart. */
export function informationBits(questionnaire: Questionnaire): number {
  return radicesFor(questionnaire).reduce((bits, r) => bits + Math.log2(r), 0);
}

export function answersLength(questionnaire: Questionnaire): number {
  return encodedLength(radicesFor(questionnaire));
}

/** Each question's state as a small number: 0 unanswered, 1 "Don't know", 2.. an option. */
function answerDigits(questionnaire: Questionnaire, answers: Answers): number[] {
  return questionnaire.questions.map((q) => {
    const answer = answers[q.id];
    if (!answer) return UNANSWERED;
    if (answer.kind === "dont-know") return DONT_KNOW;
    return answer.index < optionCount(questionnaire, q) ? answer.index + FIRST_OPTION : UNANSWERED;
  });
}

export function encodeAnswers(questionnaire: Questionnaire, answers: Answers): string {
  return packDigits(answerDigits(questionnaire, answers), radicesFor(questionnaire));
}

/**
 * The answers as one character per question: equal for equal answer sets, and far cheaper than
 * encoding them, for telling apart thousands of pasted results.
 */
export function answersKey(questionnaire: Questionnaire, answers: Answers): string {
  return String.fromCharCode(...answerDigits(questionnaire, answers).map((d) => d + 48));
}

/** Returns null when the text is not a valid answer set for this questionnaire. */
export function decodeAnswers(questionnaire: Questionnaire, text: string): Answers | null {
  const radices = radicesFor(questionnaire);
  if (text.length !== encodedLength(radices) || capacity(radices) === 0n) return null;
  const digits = unpackDigits(text, radices);
  if (!digits) return null;
  const answers: Answers = {};
  questionnaire.questions.forEach((q, i) => {
    const digit = digits[i] ?? UNANSWERED;
    if (digit === DONT_KNOW) answers[q.id] = DONT_KNOW_ANSWER;
    else if (digit >= FIRST_OPTION) answers[q.id] = optionAnswer(digit - FIRST_OPTION);
  });
  return answers;
}
