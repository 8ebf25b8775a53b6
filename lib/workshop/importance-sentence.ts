import { MAX_NAMED } from "../team/claims";
import type { ImportanceSplit } from "../team/importance";
import type { TeamText } from "../team/text";
import { formatCountIn } from "../i18n/format";
import { countIn, listOf, sentenceOf, type Sentence } from "./sentence";

/**
 * "In Customer insight, leaders disagree on what matters: Leader A marked it critical to the
 * strategy, Leader C less important now (2 marked it important, 1 left it unmarked)." Leaders at
 * one level are named up to MAX_NAMED, counted past it, as the other findings do.
 */
export function importanceSentence(text: TeamText, { area }: ImportanceSplit): Sentence {
  const t = text.team;
  const who = (leaders: readonly number[]): Sentence =>
    leaders.length > MAX_NAMED
      ? [countIn(text, leaders.length, t.leaders)]
      : listOf(
          leaders.map((leader) => [{ leader }]),
          t,
        );
  const others = [
    ...(area.important.length > 0
      ? [sentenceOf(t.markedImportant, { n: formatCountIn(text.locale, area.important.length) })]
      : []),
    ...(area.unmarked > 0 ? [sentenceOf(t.leftUnmarked, { n: formatCountIn(text.locale, area.unmarked) })] : []),
  ];
  const rest =
    others.length > 0
      ? sentenceOf(t.importanceOthers, { others: others.flatMap((o, i) => (i === 0 ? o : [t.comma, ...o])) })
      : [t.importanceNoOthers];
  return sentenceOf(t.importanceSplit, {
    area: area.name,
    critical: who(area.critical),
    less: who(area.less),
    others: rest,
  });
}
