import { loadCatalogue } from "../../lib/content/assessments/load-questionnaires";
import type { Locale } from "../../lib/i18n/locales";
import { encodeFragment } from "../../lib/link/fragment";
import { choose, type Answers } from "../../lib/questionnaire/answers";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import { blunders, journey } from "./content";

// A consultant's workshop: eight leaders who broadly agree and one who sees it all differently.

const catalogue = loadCatalogue();

/** Which option a leader picks, given a question's option count and its place in the questionnaire. */
export type Pick = (options: number, i: number) => number;

/** Every question of `q` answered by `pick`. */
export const answersOf = (q: Questionnaire, pick: Pick): Answers =>
  Object.fromEntries(
    q.questions.map((x, i) => {
      const options = "options" in x ? x.options.length : q.kind === "agreement" ? q.scale.length : 1;
      return [x.id, choose(pick(options, i))];
    }),
  );

/** A leader's result link (its fragment), for Acme, answered in `language` (English when none). */
export const leaderLink = (parts: Questionnaire[], pick: Pick, label: string, language?: Locale) =>
  encodeFragment(
    {
      assessments: parts.map((q) => ({ questionnaireId: q.id, version: q.version, answers: answersOf(q, pick) })),
      label,
      org: "Acme",
      ...(language && { language }),
    },
    catalogue,
  );

/** Leaders 1–8 pick from the top two options, varying by question; the sceptic always the first. */
export const agreeingPick =
  (n: number): Pick =>
  (options, i) =>
    options - 1 - ((i + n) % 2);
export const scepticPick: Pick = () => 0;

/** The workshop's nine leaders, "Leader A"–"Leader H" and "Sceptic", each in the language `languageOf` gives. */
export function workshopTeam(languageOf: (n: number) => Locale | undefined = () => undefined) {
  const leaders = [
    ...Array.from({ length: 8 }, (_, n) => ({
      label: `Leader ${String.fromCharCode(65 + n)}`,
      pick: agreeingPick(n),
      language: languageOf(n),
    })),
    { label: "Sceptic", pick: scepticPick, language: languageOf(8) },
  ];
  return leaders.map((l) => ({ ...l, link: leaderLink([journey(), blunders()], l.pick, l.label, l.language) }));
}
