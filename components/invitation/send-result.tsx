import type { Invitation } from "@/lib/invitation/token";
import { mailtoHref, resultEmail } from "@/lib/invitation/mail";
import { useCopy } from "./use-copy";

type Props = { invitation: Invitation; resultUrl: string };

/**
 * The last step of an invited run: the respondent sends their result link to the facilitator
 * from their own mail program, or copies it. The site sends nothing; the link is the result.
 */
export function SendResult({ invitation, resultUrl }: Props) {
  const { status, copy } = useCopy("Result link copied.");
  const { name } = invitation.facilitator;
  return (
    <section className="send-result card" aria-labelledby="send-result-title">
      <h2 id="send-result-title">
        Send to <bdi>{name}</bdi>
      </h2>
      <p>
        Your result is ready. Send its link to <bdi>{name}</bdi>, who is gathering the leaders&rsquo; views before the
        workshop (team: <bdi>{invitation.team}</bdi>). Outside-In sends nothing: the email goes from your own mail
        program, and only when you send it.
      </p>
      <div className="button-row">
        <a className="button" href={mailtoHref(resultEmail(invitation, resultUrl))}>
          {/* One text box inside the button: a flex button lays text and <bdi> out as two columns. */}
          <span>
            Email my result to <bdi>{name}</bdi>
          </span>
        </a>
        <button type="button" className="button button-secondary" onClick={() => void copy(resultUrl)}>
          Copy my result link
        </button>
      </div>
      <p className="send-result-link">
        Your result link: <code>{resultUrl}</code>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
