import type { WhoHasAnswered as Who } from "@/lib/invitation/answered";
import type { Invitation } from "@/lib/invitation/schema";
import { mailtoHref, SENDS_NOTHING } from "@/lib/invitation/mail";
import { formatDate } from "@/lib/shared/dates";
import { countOf } from "@/lib/shared/plural";

/** Who on the invitation's list has answered, who has not, and a reminder ready for those missing. */
export function WhoHasAnswered({ who, invitation }: { who: Who; invitation: Invitation }) {
  const answered = who.invited.filter((i) => i.answered).length;
  const closes = invitation.closes
    ? who.closed
      ? `The closing date, ${formatDate(invitation.closes)}, has passed.`
      : `The closing date is ${formatDate(invitation.closes)}.`
    : "";
  return (
    <section className="card who-answered" aria-labelledby="who-answered-title">
      <h2 id="who-answered-title">Who has answered</h2>
      {who.invited.length === 0 ? (
        <p>
          This invitation lists no one, so there is no one to tick off: make the next one with the names or roles
          invited. {closes}
        </p>
      ) : (
        <>
          <p>
            Answered so far: {answered} of the {countOf(who.invited.length, "person or role", "people or roles")}{" "}
            invited. {closes}
          </p>
          <ul className="who-answered-list">
            {who.invited.map((i) => (
              <li key={i.name} className={i.answered ? "answered" : "missing"}>
                <span aria-hidden="true">{i.answered ? "✓" : "○"}</span> <bdi>{i.name}</bdi>
                <span className="visually-hidden">{i.answered ? ": answered" : ": not yet"}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {who.unlisted.length > 0 && (
        <p className="muted">
          Also answered, under a role not on the list:{" "}
          {who.unlisted.map((name, i) => (
            <span key={name}>
              {i > 0 && ", "}
              <bdi>{name}</bdi>
            </span>
          ))}
          .
        </p>
      )}
      {who.reminder && (
        <>
          <p>
            Not yet:{" "}
            {who.missing.map((name, i) => (
              <span key={name}>
                {i > 0 && ", "}
                <bdi>{name}</bdi>
              </span>
            ))}
            . The reminder names nobody: address it to them yourself.
          </p>
          <div className="button-row">
            <a className="button button-secondary" href={mailtoHref(who.reminder)}>
              Email a reminder
            </a>
          </div>
          <p className="muted">{SENDS_NOTHING}</p>
        </>
      )}
    </section>
  );
}
