import type { ImportancePrompt } from "@/lib/content/assessments/importance-prompt-schema";
import type { Findings } from "@/lib/workshop/findings";
import { DiscussionPrompt } from "@/components/team/discussion-prompt";
import { SentenceView } from "@/components/team/sentence-view";

/** What the team's answers say, per questionnaire: who sits apart, where the team splits, whether it agrees. */
export function TeamFindings({
  findings,
  names,
  importancePrompt,
}: {
  findings: Findings[];
  names: string[];
  /** Asked under each area where leaders disagree on what matters. */
  importancePrompt?: ImportancePrompt | null;
}) {
  const nameOf = (leader: number) => names[leader] ?? `Leader ${leader + 1}`;
  return (
    <section className="report team-findings" aria-labelledby="team-findings-title">
      <h2 id="team-findings-title">What the answers say</h2>
      {findings.map((f) => (
        <div key={f.questionnaireId}>
          <h3>{f.title}</h3>
          <ul className="findings-list">
            {f.summary.map((finding, i) => (
              <li key={i}>
                <SentenceView sentence={finding.sentence} nameOf={nameOf} />
                {finding.claim.rule === "importance-split" && importancePrompt && (
                  <DiscussionPrompt prompt={importancePrompt} />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
