import type { WhoHasAnswered as Who } from "@/lib/invitation/answered";
import type { Invitation } from "@/lib/invitation/schema";
import { mailtoHref } from "@/lib/invitation/mail";
import { fill, formatCountIn, formatDateIn, pluralIn } from "@/lib/i18n/format";
import type { TeamText } from "@/lib/team/text";

type Props = { who: Who; invitation: Invitation; text: Pick<TeamText, "locale" | "workshop" | "team"> };

/** Who on the invitation's list has answered, who has not, and a reminder ready for those missing. */
export function WhoHasAnswered({ who, invitation, text }: Props) {
  const { locale, workshop: w } = text;
  const answered = who.invited.filter((i) => i.answered).length;
  const closes = invitation.closes
    ? fill(who.closed ? w.closingPassed : w.closingIs, { date: formatDateIn(locale, invitation.closes) })
    : "";
  const names = (list: readonly string[]) =>
    list.map((name, i) => (
      <span key={name}>
        {i > 0 && text.team.comma}
        <bdi>{name}</bdi>
      </span>
    ));
  return (
    <section className="card who-answered" aria-labelledby="who-answered-title">
      <h2 id="who-answered-title">{w.whoAnsweredTitle}</h2>
      {who.invited.length === 0 ? (
        <p>
          {w.listsNoOne} {closes}
        </p>
      ) : (
        <>
          <p>
            {fill(pluralIn(locale, who.invited.length, w.answeredSoFar), {
              answered: formatCountIn(locale, answered),
              n: formatCountIn(locale, who.invited.length),
            })}{" "}
            {closes}
          </p>
          <ul className="who-answered-list">
            {who.invited.map((i) => (
              <li key={i.name} className={i.answered ? "answered" : "missing"}>
                <span aria-hidden="true">{i.answered ? "✓" : "○"}</span> <bdi>{i.name}</bdi>
                <span className="visually-hidden">{i.answered ? w.answeredMark : w.notYetMark}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {who.unlisted.length > 0 && (
        <p className="muted">
          {w.alsoAnswered} {names(who.unlisted)}.
        </p>
      )}
      {who.reminder && (
        <>
          <p>
            {w.notYet} {names(who.missing)}
            {w.namesNobody}
          </p>
          <div className="button-row">
            <a className="button button-secondary" href={mailtoHref(who.reminder)}>
              {w.emailReminder}
            </a>
          </div>
          <p className="muted">{w.sendsNothing}</p>
        </>
      )}
    </section>
  );
}
