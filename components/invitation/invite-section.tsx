"use client";

import { Disclosure } from "@/components/shared/disclosure";
import { InvitationMaker } from "./invitation-maker";

/** "Invite leaders" on the team page: what an invitation is, and the form that makes one. */
export function InviteSection({ minutes }: { minutes: number }) {
  return (
    <Disclosure
      id="invite"
      title="Invite leaders"
      hint="One link for the whole team: they answer, then email you their result"
      screenOnly
    >
      <p>
        The invitation lives in its link: your name and email, the team and who is invited travel inside it and are
        stored nowhere. Each leader picks their line, answers both assessments, and ends on a ready email to you with
        their result link; the team view then shows who has answered. The site sends nothing; you and they send the
        emails.
      </p>
      <InvitationMaker minutes={minutes} />
    </Disclosure>
  );
}
