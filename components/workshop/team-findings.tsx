import { fill } from "@/lib/i18n/format";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { ImportancePrompt } from "@/lib/content/assessments/importance-prompt-schema";
import type { Findings } from "@/lib/workshop/findings";
import { DiscussionPrompt } from "@/components/team/discussion-prompt";
import { SentenceView } from "@/components/team/sentence-view";

/** What the team's answers say, per questionnaire: who sits apart, where the team splits, whether it agrees. */
export function TeamFindings({
  findings,
  names,
  importancePrompt,
  words,
}: {
  findings: Findings[];
  names: string[];
  /** Asked under each area where leaders disagree on what matters. */
  importancePrompt?: ImportancePrompt | null;
  words: TeamMessages;
}) {
  const nameOf = (leader: number) => names[leader] ?? fill(words.leaderNumbered, { n: leader + 1 });
  return (
    <section className="report team-findings" aria-labelledby="team-findings-title">
      <h2 id="team-findings-title">{words.findingsTitle}</h2>
      {findings.map((f) => (
        <div key={f.questionnaireId}>
          <h3>{f.title}</h3>
          <ul className="findings-list">
            {f.summary.map((finding, i) => (
              <li key={i}>
                <SentenceView sentence={finding.sentence} nameOf={nameOf} />
                {finding.claim.rule === "importance-split" && importancePrompt && (
                  <DiscussionPrompt prompt={importancePrompt} words={words} />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
