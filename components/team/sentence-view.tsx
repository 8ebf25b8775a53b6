import { Fragment } from "react";
import type { Sentence } from "@/lib/workshop/sentence";

/**
 * A finding with its leaders named by `nameOf`: by role on the facilitator's screen, as
 * "Leader A" in front of the team. Names are isolated (<bdi>) so a right-to-left role cannot
 * turn the sentence around it.
 */
export function SentenceView({ sentence, nameOf }: { sentence: Sentence; nameOf: (leader: number) => string }) {
  return (
    <>
      {sentence.map((part, i) => (
        <Fragment key={i}>{typeof part === "string" ? part : <bdi>{nameOf(part.leader)}</bdi>}</Fragment>
      ))}
    </>
  );
}
