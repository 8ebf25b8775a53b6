// Prints how long a result link is with no notes, with 5 and with 28 notes of 100 characters
// (every journey question), in bytes, exact: the fragment the site writes, and the whole
// address on a site at https://outside-in.example/ (what a QR code and a mail carry). Notes are
// made with a fixed seed, so the figures repeat, in two kinds: words from a short list (deflate
// does better on them than on real prose) and random letters and spaces (deflate can do
// little: an upper bound for notes in a Latin script). Real notes fall between. The last row
// shows why a note can be refused where it is typed: 28 notes of 280 random letters do not fit.
// Usage: npx tsx scripts/measure-links.ts
import { loadCatalogue, loadCurrentQuestionnaires } from "../lib/content/assessments/load-questionnaires";
import { encodeFragment, MAX_FRAGMENT_LENGTH } from "../lib/link/fragment";
import { MAX_NOTE_LENGTH, packNotes } from "../lib/link/notes";
import { choose } from "../lib/questionnaire/answers";
import { journeyOf } from "../lib/questionnaire/catalogue";
import { QR_CAPACITY } from "../lib/report/print-link";

const ORIGIN = "https://outside-in.example/results/#";
const WORDS = (
  "customer churn survey interviews quarterly board review complaints panel data team budget service " +
  "journey onboarding renewal support tickets feedback loop product roadmap sales region pilot metrics " +
  "we our they since last year every month only after before most few no one asks measured reported"
).split(" ");

const LETTERS = "abcdefghijklmnopqrstuvwxyz     ";

/** Mulberry32: the same numbers for the same seed. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A note of exactly `length` characters: words from the list, or random letters and spaces. */
function note(seed: number, length: number, kind: "words" | "letters"): string {
  const random = seeded(seed);
  let text = "";
  while (text.length < length)
    text +=
      kind === "words" ? `${WORDS[Math.floor(random() * WORDS.length)]} ` : LETTERS[Math.floor(random() * 26 + 5)];
  return `x${text.slice(1, length - 1)}.`;
}

const catalogue = loadCatalogue();
const journey = journeyOf(loadCurrentQuestionnaires());
if (!journey) throw new Error("no journey questionnaire in content/");
const answers = Object.fromEntries(journey.questions.map((q, i) => [q.id, choose(i % 4)]));
const base = { assessments: [{ questionnaireId: journey.id, version: journey.version, answers }], date: "2026-12-07" };
const bytes = (text: string) => new TextEncoder().encode(text).length;
/** The error correction a code of the whole address gets (lib/report/print-link.ts), or none. */
const qrLevel = (size: number) => (size <= QR_CAPACITY.M ? "M" : size <= QR_CAPACITY.L ? "L" : "none");

const all = journey.questions.length;
const cases = [
  [0, 100, "words"],
  [5, 100, "words"],
  [all, 100, "words"],
  [5, 100, "letters"],
  [all, 100, "letters"],
  [all, MAX_NOTE_LENGTH, "letters"],
] as const;
const rows = [];
for (const [count, length, kind] of cases) {
  const notes = Object.fromEntries(journey.questions.slice(0, count).map((q, i) => [q.id, note(i + 1, length, kind)]));
  const packed = await packNotes({ [journey.id]: notes });
  const fragment = encodeFragment({ ...base, ...(packed && { notes: packed }) }, catalogue);
  rows.push({
    notes: count === 0 ? "none" : `${count} × ${length} chars, ${kind}`,
    "notes JSON bytes": count === 0 ? 0 : bytes(JSON.stringify({ [journey.id]: notes })),
    "n= bytes": packed ? bytes(packed) : 0,
    "fragment bytes": bytes(fragment),
    "address bytes": bytes(`${ORIGIN}${fragment}`),
    "site reads it": fragment.length <= MAX_FRAGMENT_LENGTH ? "yes" : "no",
    "QR code": qrLevel(bytes(`${ORIGIN}${fragment}`)),
  });
}
console.table(rows);
console.log(
  `Limits: the site reads fragments up to ${MAX_FRAGMENT_LENGTH} characters; a QR code holds ${QR_CAPACITY.M} bytes at level M, ${QR_CAPACITY.L} at L; a note holds ${MAX_NOTE_LENGTH} characters.`,
);
