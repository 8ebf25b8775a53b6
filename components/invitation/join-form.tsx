import { useRef, useState, type FormEvent } from "react";
import { pageHref } from "@/components/shared/base-path";
import { cleanLabel } from "@/lib/link/label";
import { MAX_LABEL } from "@/lib/link/result-schema";
import { startFragment } from "@/lib/invitation/run";
import { showsNothing } from "@/lib/shared/name-rule";
import { fill } from "@/lib/i18n/format";
import type { InvitationMessages } from "@/lib/i18n/messages/en/invitation";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  token: string;
  /** The choices: those invited (`listed`), or roles to choose from. */
  roles: string[];
  listed: boolean;
  journeyId: string;
  /** The page's language: the assessment opens in it. */
  locale: Locale;
  messages: InvitationMessages["form"];
};

/** The list's values are positions ("r0", "r1", …), so no role's text can be mistaken for "type my own". */
const OTHER = "other";
const roleAt = (roles: string[], choice: string) => roles[Number(choice.slice(1))] ?? "";

/**
 * The respondent's role (required: picked from the invitation's list, or typed) and
 * organisation (optional), then Start, which opens the first assessment with both in its address.
 */
export function JoinForm({ token, roles, listed, journeyId, locale, messages: m }: Props) {
  const nameProblem = (raw: string, subject: string) => (showsNothing(raw) ? fill(m.showsNothing, { subject }) : null);
  const [choice, setChoice] = useState(roles.length > 0 ? "" : OTHER);
  const [typed, setTyped] = useState("");
  const [org, setOrg] = useState("");
  const [problem, setProblem] = useState("");
  // The organisation is optional, but one typed with nothing visible in it would be dropped
  // from the link without a word: the leader is told instead.
  const [orgProblem, setOrgProblem] = useState<string | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const orgInput = useRef<HTMLInputElement>(null);
  const typing = choice === OTHER;

  const start = (event: FormEvent) => {
    event.preventDefault();
    const role = cleanLabel(typing ? typed : choice && roleAt(roles, choice));
    if (!role) {
      setProblem((typing && nameProblem(typed, m.roleSubject)) || m.required);
      (typing ? input.current : select.current)?.focus();
      return;
    }
    const unseen = nameProblem(org, m.orgSubject);
    if (unseen) {
      setOrgProblem(unseen);
      orgInput.current?.focus();
      return;
    }
    const fragment = startFragment({ token, role, org: cleanLabel(org) });
    window.location.assign(pageHref(locale, `/assess/${journeyId}/#${fragment}`));
  };
  const described = problem ? { "aria-invalid": true, "aria-describedby": "join-role-problem" } : {};

  return (
    <form className="join-form card" onSubmit={start} noValidate>
      {roles.length > 0 && (
        <label>
          {listed ? m.asInvited : m.role}
          <select
            ref={select}
            value={choice}
            required
            {...(!typing && described)}
            onChange={(e) => {
              setChoice(e.target.value);
              setProblem("");
            }}
          >
            <option value="">{listed ? m.chooseLine : m.chooseRole}</option>
            {roles.map((r, i) => (
              <option key={r} value={`r${i}`}>
                {r}
              </option>
            ))}
            <option value={OTHER}>{listed ? m.notListed : m.otherRole}</option>
          </select>
        </label>
      )}
      {typing && (
        <label>
          {roles.length > 0 ? m.ownWords : m.role}
          <input
            ref={input}
            value={typed}
            required
            maxLength={MAX_LABEL}
            autoComplete="organization-title"
            {...described}
            onChange={(e) => {
              setTyped(e.target.value);
              setProblem("");
            }}
          />
        </label>
      )}
      {problem && (
        <p id="join-role-problem" className="field-problem">
          {problem}
        </p>
      )}
      <label>
        {m.organisation} <span className="muted">{m.optional}</span>
        <input
          ref={orgInput}
          value={org}
          maxLength={MAX_LABEL}
          autoComplete="organization"
          {...(orgProblem && { "aria-invalid": true, "aria-describedby": "join-org-problem" })}
          onChange={(e) => {
            setOrg(e.target.value);
            setOrgProblem(null);
          }}
        />
      </label>
      {orgProblem && (
        <p id="join-org-problem" className="field-problem">
          {orgProblem}
        </p>
      )}
      <button type="submit" className="button">
        {m.start}
      </button>
    </form>
  );
}
