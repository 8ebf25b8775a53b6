import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { Findings } from "@/lib/workshop/findings";
import type { SpreadSectionModel } from "@/lib/workshop/team-report";
import { ScoreTable } from "@/components/shared/score-table";
import { SentenceView } from "./sentence-view";
import { SpreadChart } from "./spread-chart";

type Props = { model: SpreadSectionModel; findings?: Findings; names: string[]; locale: Locale; words: TeamMessages };

/**
 * One questionnaire's spread: each leader as a dot per area, with the middle half and the
 * median marked, then the same figures (and what they say) as a table, the chart's alternative.
 */
export function SpreadSection({ model: s, findings, names, locale, words }: Props) {
  const nameOf = (leader: number) => names[leader] ?? fill(words.leaderNumbered, { n: leader + 1 });
  return (
    <section className="report" aria-labelledby={`team-${s.questionnaireId}`}>
      <h2 id={`team-${s.questionnaireId}`}>{s.heading}</h2>
      {s.versionsNote && <p className="notice">{s.versionsNote}</p>}
      <SpreadChart chart={s.chart} locale={locale} words={words} />
      <ScoreTable
        className="spread-table"
        caption={words.spreadCaption}
        columns={[words.area, words.mean, words.lowestHighest, words.middleHalf, words.median, words.whatItSays]}
        // Each questionnaire has this table: its scrolling box is named for its own.
        scroll={{ label: fill(words.spreadScroll, { heading: s.heading }) }}
      >
        {s.rows.map((r, i) => {
          const note = findings?.areas.find((a) => a.id === r.id)?.note;
          return (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.mean}</td>
              <td>{r.range}</td>
              <td>{r.middle}</td>
              <td>{s.chart.rows[i]?.text.median ?? "–"}</td>
              <td>{note && <SentenceView sentence={note} nameOf={nameOf} />}</td>
            </tr>
          );
        })}
      </ScoreTable>
    </section>
  );
}
