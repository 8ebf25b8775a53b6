import { FAR_APART, IMPORTANCE_SPLIT, MIN_LEADERS_FOR_MEDIAN, TWO_CAMPS } from "@/lib/scoring/thresholds";
import { fill, formatCountIn, pluralIn, type Plural } from "@/lib/i18n/format";
import type { ScoringWords } from "@/lib/report/scoring-rules";
import { formatStageScoreIn } from "@/lib/results/format";
import { MAX_NAMED } from "@/lib/team/claims";
import { withLinks } from "@/components/shared/with-links";
import { Item } from "./rich";

/**
 * What the team view says about several leaders' answers, and by which rule, in the page's
 * language: the numbers are the constants the team view applies (lib/scoring/thresholds.ts),
 * never written here by hand.
 */
export function TeamRules({ words }: { words: ScoringWords }) {
  const { locale } = words;
  const { team: m } = words.messages.scoring;
  const { levelsInSentence } = words.messages.results.importance;
  const count = (n: number, forms: Plural, shown = formatCountIn(locale, n)) =>
    fill(pluralIn(locale, n, forms), { n: shown });
  const far = fill(m.far, {
    stages: count(FAR_APART.stages, m.stages, formatStageScoreIn(locale, FAR_APART.stages)),
    points: count(FAR_APART.agreement, m.points),
  });
  return (
    <>
      <h2 id="team-rules">{m.heading}</h2>
      <p>{withLinks(m.intro, { median: <strong>{m.median}</strong> })}</p>
      <ul>
        <Item words={m.farFrom} values={{ far, min: formatCountIn(locale, MIN_LEADERS_FOR_MEDIAN) }} />
        <Item
          words={m.camps}
          values={{
            minLeaders: formatCountIn(locale, TWO_CAMPS.minLeaders),
            share: formatCountIn(locale, Math.round(TWO_CAMPS.minShare * 100)),
            far,
          }}
        />
        <Item words={m.most} values={{ max: formatCountIn(locale, MAX_NAMED) }} />
        <Item words={m.differently} values={{ far }} />
        <Item words={m.agree} values={{ min: formatCountIn(locale, MIN_LEADERS_FOR_MEDIAN), far }} />
        <Item
          words={m.matters}
          values={{
            critical: count(IMPORTANCE_SPLIT.critical, m.leaders),
            criticalLevel: levelsInSentence.critical,
            less: count(IMPORTANCE_SPLIT.less, m.leaders),
            lessLevel: levelsInSentence.less,
          }}
        />
      </ul>
    </>
  );
}
