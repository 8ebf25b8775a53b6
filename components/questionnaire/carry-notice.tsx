import { fill, formatCountIn, formatDateIn, formatListIn, pluralIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import { decodeInvitation, invitationErrorText } from "@/lib/invitation/token";
import type { Carry } from "./use-carry";

type Props = {
  carry: Carry;
  titles: ReadonlyMap<string, string>;
  locale: Locale;
  messages: FlowMessages["carry"];
};

/** What this run brings along, said before the first question, so nothing arrives unannounced. */
export function CarryNotice({ carry, titles, locale, messages: m }: Props) {
  const { hash, withIds, retake } = carry;
  const count = (n: number) => formatCountIn(locale, n);
  // What came along but cannot be used, said before anything is promised (lib/link/flow-links.ts).
  const lines: string[] = [...(hash.notices ?? [])];
  const invitation = hash.invite ? decodeInvitation(hash.invite) : null;
  if (invitation?.ok) {
    const { team, facilitator } = invitation.value;
    lines.push(fill(m.invited, { facilitator: facilitator.name, team }));
  }
  // A damaged invitation is a warning of its own, before anything else: the run still works.
  const damaged = invitation && !invitation.ok && (
    <p className="notice notice-warn" role="alert">
      {fill(m.damagedInvitation, { problem: invitationErrorText(invitation.error, m.invitation) })}
    </p>
  );
  if (hash.role || hash.org) {
    lines.push(fill(m.answeringAs, { who: [hash.role, hash.org].filter(Boolean).join(", ") }));
  }
  if (withIds.length > 0) {
    const names = formatListIn(
      locale,
      withIds.map((id) => titles.get(id) ?? id),
    );
    lines.push(fill(m.withResult, { names }));
  }
  if (retake.status === "ready") {
    const kept = { kept: count(Object.keys(retake.answers).length), total: count(retake.total) };
    const line = retake.date
      ? fill(m.retakingFrom, { ...kept, date: formatDateIn(locale, retake.date) })
      : fill(m.retaking, kept);
    const fresh = retake.fresh.size;
    lines.push(fresh > 0 ? `${line} ${fill(pluralIn(locale, fresh, m.fresh), { n: count(fresh) })}` : line);
  }
  if (lines.length === 0 && retake.status !== "loading" && retake.status !== "failed") return damaged || null;
  return (
    <>
      {damaged}
      <div className="notice carry-notice" role="status">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {retake.status === "loading" && <p>{m.loading}</p>}
        {retake.status === "failed" && <p>{fill(m.failed, { problem: retake.message })}</p>}
      </div>
    </>
  );
}
