import type { DiscussionPrompt as Prompt } from "@/lib/content/assessments/prompts-schema";
import type { DisputedQuestion } from "@/lib/workshop/team-report";

/** A disputed question's prompt for the room, credited to whom it comes from. */
export function DiscussionPrompt({ prompt }: { prompt: Pick<Prompt, "prompt" | "credit"> }) {
  return (
    <>
      <p className="discussion-prompt">
        <strong>Discuss:</strong> {prompt.prompt}
      </p>
      <p className="credit muted">After {prompt.credit}.</p>
    </>
  );
}

/** What a disputed question asks the room: its area's prompt, or where that prompt was given. */
export function QuestionPrompt({ item }: { item: DisputedQuestion }) {
  if (item.prompt) return <DiscussionPrompt prompt={item.prompt} />;
  if (item.sameAreaAs) return <p className="discussion-prompt">{item.sameAreaAs.text}</p>;
  return null;
}
