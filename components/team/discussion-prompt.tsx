import type { DiscussionPrompt as Prompt } from "@/lib/content/assessments/prompts-schema";

/** A disputed question's prompt for the room, credited to whom it comes from. */
export function DiscussionPrompt({ prompt }: { prompt: Prompt }) {
  return (
    <>
      <p className="discussion-prompt">
        <strong>Discuss:</strong> {prompt.prompt}
      </p>
      <p className="credit muted">After {prompt.credit}.</p>
    </>
  );
}
