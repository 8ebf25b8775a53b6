import { useRef, useState, type FormEvent } from "react";
import { pageHref } from "@/components/shared/base-path";
import { encodeInvitation, type Invitation } from "@/lib/invitation/token";
import { checkInvitationFields, type InvitationField, type InvitationFields } from "@/lib/invitation/form";
import { MAX_EMAIL, MAX_NAME } from "@/lib/invitation/schema";
import { invitationEmail, mailtoHref } from "@/lib/invitation/mail";
import { joinFragment } from "@/lib/invitation/run";
import { useCopy } from "./use-copy";
import type { Locale } from "@/lib/i18n/locales";
import type { InvitationMessages } from "@/lib/i18n/messages/en/invitation";
import { encodeTeamFragment } from "@/lib/team-input/team-link";

type Props = {
  /** Both assessments together, as their content files estimate. */
  minutes: number;
  /** The page's language: the form's words. The email it prepares is still in English. */
  locale: Locale;
  messages: InvitationMessages;
};

const EMPTY: InvitationFields = { team: "", name: "", email: "", invited: "", closes: "" };
const ORDER: InvitationField[] = ["team", "name", "email", "invited", "closes"];

/**
 * Makes an invitation link for a team: who invites, for which team, who is invited (each picks
 * their own line) and a closing date, all inside the link. Nothing is stored or sent; the
 * facilitator sends the link themselves, by the ready email or by copying it, and opens the team
 * view for it to see who has answered.
 */
export function InvitationMaker({ minutes, locale, messages }: Props) {
  const m = messages.invite;
  const [fields, setFields] = useState(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<InvitationField, string>>>({});
  const [made, setMade] = useState<{ invitation: Invitation; token: string; url: string } | null>(null);
  const { status, setStatus, copy } = useCopy(m.copied, messages.copyBlocked);
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkInvitationFields(fields);
    setStatus("");
    if (!check.ok) {
      setProblems(check.problems);
      setMade(null);
      const first = ORDER.find((f) => check.problems[f]);
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setProblems({});
    const token = encodeInvitation(check.value);
    const url = `${window.location.origin}${pageHref(locale, "/join/")}#${joinFragment(token)}`;
    setMade({ invitation: check.value, token, url });
  };

  /** Props that tie a field to its label's error message, for screen readers too. */
  const field = (name: InvitationField) => ({
    name,
    value: fields[name],
    "aria-invalid": problems[name] ? true : undefined,
    "aria-describedby": problems[name] ? `invite-${name}-problem` : undefined,
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });
  const problem = (name: InvitationField) =>
    problems[name] && (
      <span id={`invite-${name}-problem`} className="field-problem">
        {problems[name]}
      </span>
    );

  return (
    <>
      <form ref={form} className="invite-form" onSubmit={submit} noValidate>
        <label>
          {m.team}
          <input {...field("team")} maxLength={MAX_NAME} autoComplete="organization" />
          {problem("team")}
        </label>
        <label>
          {m.name}
          <input {...field("name")} maxLength={MAX_NAME} autoComplete="name" />
          {problem("name")}
        </label>
        <label>
          {m.email}
          <input {...field("email")} type="email" maxLength={MAX_EMAIL} autoComplete="email" />
          {problem("email")}
        </label>
        <label>
          {m.invited} <span className="muted">{m.invitedNote}</span>
          <textarea
            {...field("invited")}
            rows={5}
            aria-describedby={problems.invited ? "invite-invited-hint invite-invited-problem" : "invite-invited-hint"}
          />
          <span id="invite-invited-hint" className="muted field-hint">
            {m.invitedHint}
          </span>
          {problem("invited")}
        </label>
        <label>
          {m.closes} <span className="muted">{m.optional}</span>
          <input {...field("closes")} type="date" />
          {problem("closes")}
        </label>
        <button type="submit" className="button">
          {m.make}
        </button>
      </form>
      {made && (
        <div className="invite-made">
          <label className="share-link">
            {m.link}
            <input readOnly value={made.url} onFocus={(e) => e.target.select()} />
          </label>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => void copy(made.url)}>
              {m.copy}
            </button>
            <a
              className="button button-secondary"
              href={mailtoHref(invitationEmail(made.invitation, made.url, minutes))}
            >
              {m.mail}
            </a>
            <a className="button button-secondary" href={made.url} target="_blank" rel="noopener">
              {m.preview}
            </a>
            {made.invitation.invited && (
              <a className="button button-secondary" href={`#${encodeTeamFragment([], { invite: made.token })}`}>
                {m.teamView}
              </a>
            )}
          </div>
          <p className="muted">{messages.sendsNothing}</p>
        </div>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </>
  );
}
