import { formatDate } from "@/lib/shared/dates";
import { decodeInvitation } from "@/lib/invitation/token";
import { damagedInvitationNotice } from "@/lib/invitation/run";
import type { Carry } from "./use-carry";
import { countOf } from "@/lib/shared/plural";

type Props = { carry: Carry; titles: ReadonlyMap<string, string> };

/** What this run brings along, said before the first question, so nothing arrives unannounced. */
export function CarryNotice({ carry, titles }: Props) {
  const { hash, withIds, retake } = carry;
  // What came along but cannot be used, said before anything is promised (lib/link/flow-links.ts).
  const lines: string[] = [...(hash.notices ?? [])];
  const invitation = hash.invite ? decodeInvitation(hash.invite) : null;
  if (invitation?.ok) {
    const { team, facilitator } = invitation.value;
    lines.push(
      `${facilitator.name} invited you to answer (team: ${team}). You take both assessments in one run and end on one link to send to ${facilitator.name}; Outside-In sends nothing itself.`,
    );
  }
  // A damaged invitation is a warning of its own, before anything else: the run still works.
  const damaged = invitation && !invitation.ok && (
    <p className="notice notice-warn" role="alert">
      {damagedInvitationNotice(invitation.error.message)}
    </p>
  );
  if (hash.role || hash.org) {
    lines.push(`Answering as ${[hash.role, hash.org].filter(Boolean).join(", ")}: it goes into your result link.`);
  }
  if (withIds.length > 0) {
    const names = withIds.map((id) => titles.get(id) ?? id).join(" and ");
    lines.push(`Your ${names} result comes along: when you finish, both are in one result link.`);
  }
  if (retake.status === "ready") {
    const kept = Object.keys(retake.answers).length;
    const from = retake.date ? ` from ${formatDate(retake.date)}` : "";
    lines.push(
      `You are retaking your result${from}. ${kept} of ${retake.total} answers are filled in from it; change only what has changed.` +
        (retake.fresh.size > 0
          ? ` ${countOf(retake.fresh.size, "question is", "questions are")} new or changed since then, marked “New since last time”.`
          : ""),
    );
  }
  if (lines.length === 0 && retake.status !== "loading" && retake.status !== "failed") return damaged || null;
  return (
    <>
      {damaged}
      <div className="notice carry-notice" role="status">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {retake.status === "loading" && <p>Loading your earlier answers…</p>}
        {retake.status === "failed" && (
          <p>
            {retake.message} You can still take the assessment afresh; the link you came from is unchanged, so nothing
            is lost.
          </p>
        )}
      </div>
    </>
  );
}
