import type { StagesQuestionnaire } from "@/lib/questionnaire/schema";
import type { AreaStages } from "@/lib/report/area-stages-schema";
import { ScoreTable } from "@/components/shared/score-table";
import { withLinks } from "@/components/shared/with-links";
import { fill } from "@/lib/i18n/format";
import type { ScoringMessages } from "@/lib/i18n/messages/en/scoring";

type Props = { areaStages: AreaStages; journey: StagesQuestionnaire; messages: ScoringMessages["areas"] };

/**
 * Each journey area's six stages, named for that area: the grid at a glance, then what each
 * stage looks like, area by area. The overall stage keeps Graham Hill's names, above.
 */
export function AreaStageGrid({ areaStages, journey, messages: m }: Props) {
  const areas = journey.dimensions.flatMap((d) => {
    const own = areaStages.areas.find((a) => a.area === d.id);
    return own ? [{ id: d.id, name: d.name, stages: own.stages }] : [];
  });
  const stages = areas[0]?.stages.map((s) => s.stage) ?? [];
  return (
    <>
      <h2 id="area-stages">{m.heading}</h2>
      <p>{withLinks(m.text, { credit: areaStages.credit })}</p>
      <ScoreTable
        className="area-stage-grid"
        caption={m.caption}
        columns={[m.area, ...stages.map((n) => fill(m.stage, { n }))]}
        scroll={{ label: m.caption }}
      >
        {areas.map((a) => (
          <tr key={a.id}>
            <th scope="row">{a.name}</th>
            {a.stages.map((s) => (
              <td key={s.stage}>{s.name}</td>
            ))}
          </tr>
        ))}
      </ScoreTable>
      {areas.map((a) => (
        <details key={a.id} className="area-stage-detail">
          <summary>{fill(m.detail, { area: m.areaCase === "lower" ? a.name.toLowerCase() : a.name })}</summary>
          <ol>
            {a.stages.map((s) => (
              <li key={s.stage}>
                <strong>{s.name}.</strong> {s.summary}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </>
  );
}
