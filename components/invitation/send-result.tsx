import type { SendResultMessages } from "@/lib/i18n/messages/en/send-result";
import type { Invitation } from "@/lib/invitation/token";
import { mailtoHref, resultEmail } from "@/lib/invitation/mail";
import { withLinks } from "@/components/shared/with-links";
import { useCopy } from "./use-copy";

type Props = { invitation: Invitation; resultUrl: string; messages: SendResultMessages };

/**
 * The last step of an invited run: the respondent sends their result link to the facilitator
 * from their own mail program, or copies it. The site sends nothing; the link is the result.
 * Names are isolated (<bdi>), so a name in another script cannot reorder the sentence around it.
 */
export function SendResult({ invitation, resultUrl, messages: m }: Props) {
  const { status, copy } = useCopy(m.copied, m.copyBlocked);
  const name = <bdi>{invitation.facilitator.name}</bdi>;
  return (
    <section className="send-result card" aria-labelledby="send-result-title">
      <h2 id="send-result-title">{withLinks(m.title, { name })}</h2>
      <p>{withLinks(m.ready, { name, team: <bdi>{invitation.team}</bdi> })}</p>
      <div className="button-row">
        <a className="button" href={mailtoHref(resultEmail(invitation, resultUrl, m.mail))}>
          {/* One text box inside the button: a flex button lays text and <bdi> out as two columns. */}
          <span>{withLinks(m.email, { name })}</span>
        </a>
        <button type="button" className="button button-secondary" onClick={() => void copy(resultUrl)}>
          {m.copy}
        </button>
      </div>
      <p className="send-result-link">
        {m.yourLink} <code>{resultUrl}</code>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
