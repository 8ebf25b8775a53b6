import type { StagesQuestionnaire } from "@/lib/questionnaire/schema";
import type { AreaStages } from "@/lib/report/area-stages-schema";
import { ScoreTable } from "@/components/shared/score-table";

type Props = { areaStages: AreaStages; journey: StagesQuestionnaire };

/**
 * Each journey area's six stages, named for that area: the grid at a glance, then what each
 * stage looks like, area by area. The overall stage keeps Graham Hill's names, above.
 */
export function AreaStageGrid({ areaStages, journey }: Props) {
  const areas = journey.dimensions.flatMap((d) => {
    const own = areaStages.areas.find((a) => a.area === d.id);
    return own ? [{ id: d.id, name: d.name, stages: own.stages }] : [];
  });
  const stages = areas[0]?.stages.map((s) => s.stage) ?? [];
  return (
    <>
      <h2 id="area-stages">Each area&apos;s own stages</h2>
      <p>
        Each area&apos;s answers describe that area&apos;s own practice, so an organisation can be at stage 5 in one
        area and stage 2 in another. Targets, the plan and the results table name an area&apos;s stages in its own
        words. {areaStages.credit}
      </p>
      <ScoreTable
        className="area-stage-grid"
        caption="The six stages in each area"
        columns={["Area", ...stages.map((n) => `Stage ${n}`)]}
        scroll={{ label: "The six stages in each area" }}
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
          <summary>What each stage looks like in {a.name.toLowerCase()}</summary>
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
