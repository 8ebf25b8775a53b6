import { fill, languageNameIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { TeamExports } from "@/lib/workshop/exports";
import { ScoreTable } from "@/components/shared/score-table";

type Props = { exports: TeamExports; locale: Locale; words: TeamMessages };

/**
 * Who answered: labels as they typed them (shown as text, never as HTML), the language each
 * answered in (named in the page's language: a team may mix languages, and is still one team),
 * and overall results.
 */
export function RespondentTable({ exports, locale, words }: Props) {
  const { columns, respondents } = exports;
  return (
    <ScoreTable
      caption={words.respondentsCaption}
      captionHidden
      columns={[
        words.line,
        words.label,
        words.organisation,
        words.language,
        ...columns.map((q) =>
          fill(q.kind === "stages" ? words.columnStage : words.columnAvoidance, { title: q.title }),
        ),
      ]}
      scroll
    >
      {respondents.map((r, i) => (
        // A line can hold several results, so the line alone is not unique.
        <tr key={`${r.line}-${i}`}>
          <td>{r.line}</td>
          <td>{r.label ? <bdi>{r.label}</bdi> : "–"}</td>
          <td>{r.org ? <bdi>{r.org}</bdi> : "–"}</td>
          <td>{languageNameIn(locale, r.language)}</td>
          {r.overall.map((value, j) => (
            <td key={columns[j]?.questionnaireId ?? j}>{value ?? "–"}</td>
          ))}
        </tr>
      ))}
    </ScoreTable>
  );
}
