import { SiteLink } from "@/components/shared/site-link";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** Which assessment areas the article helps with, linking to the assessment itself. */
export function SupportedAreas({ areas, questionnaires }: { areas: string[]; questionnaires: Questionnaire[] }) {
  const resolved = areas.flatMap((area) => {
    const [qid, did] = area.split(":");
    const q = questionnaires.find((x) => x.id === qid);
    const d = q?.dimensions.find((x) => x.id === did);
    return q && d ? [{ q, d }] : [];
  });
  if (resolved.length === 0) return null;
  return (
    <aside className="card supported-areas" aria-labelledby="areas-title">
      <h2 id="areas-title">Where this shows up in the assessments</h2>
      <ul>
        {resolved.map(({ q, d }) => (
          <li key={`${q.id}:${d.id}`}>
            <strong>{d.name}</strong> in <SiteLink href={`/assess/${q.id}/`}>{q.title}</SiteLink>
          </li>
        ))}
      </ul>
    </aside>
  );
}
