import { fill } from "@/lib/i18n/format";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { DiscussionPrompt as Prompt } from "@/lib/content/assessments/prompts-schema";
import type { DisputedQuestion } from "@/lib/workshop/team-report";

type Words = Pick<TeamMessages, "discuss" | "after">;

/** A disputed question's prompt for the room, credited to whom it comes from. */
export function DiscussionPrompt({ prompt, words }: { prompt: Pick<Prompt, "prompt" | "credit">; words: Words }) {
  return (
    <>
      <p className="discussion-prompt">
        <strong>{words.discuss}</strong> {prompt.prompt}
      </p>
      <p className="credit muted">{fill(words.after, { credit: prompt.credit })}</p>
    </>
  );
}

/** What a disputed question asks the room: its area's prompt, or where that prompt was given. */
export function QuestionPrompt({ item, words }: { item: DisputedQuestion; words: Words }) {
  if (item.prompt) return <DiscussionPrompt prompt={item.prompt} words={words} />;
  if (item.sameAreaAs) return <p className="discussion-prompt">{item.sameAreaAs.text}</p>;
  return null;
}
