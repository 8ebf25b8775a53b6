"use client";

import { Disclosure } from "@/components/shared/disclosure";
import type { Locale } from "@/lib/i18n/locales";
import type { InvitationMessages } from "@/lib/i18n/messages/en/invitation";
import { InvitationMaker } from "./invitation-maker";

type Props = {
  minutes: number;
  locale: Locale;
  messages: InvitationMessages;
};

/** "Invite leaders" on the team page: what an invitation is, and the form that makes one. */
export function InviteSection({ minutes, locale, messages }: Props) {
  const m = messages.invite;
  return (
    <Disclosure id="invite" title={m.title} hint={m.hint} screenOnly>
      <p>{m.about}</p>
      <InvitationMaker minutes={minutes} locale={locale} messages={messages} />
    </Disclosure>
  );
}
