import { describe, expect, it } from "vitest";
import type { Invitation } from "./token";
import { messagesFor } from "../i18n/messages";
import { invitationEmail, mailtoHref, reminderEmail, resultEmail } from "./mail";
import { hasClosed } from "./schema";
import { teamText } from "../../test/team-text";

const invitation: Invitation = {
  team: "Northwind & Co",
  facilitator: { name: "Ana Souza", email: "ana+team@example.org" },
  closes: "2027-03-31",
};
const resultUrl = "https://example.org/results/#v=2&journey=1.AB&z=abcd";

/** What a mail program reads from a mailto: link. */
function read(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get("subject"),
    body: url.searchParams.get("body"),
  };
}

describe("emails the site prepares but never sends", () => {
  it("a result goes to the facilitator with the whole link in the body", () => {
    const mail = read(mailtoHref(resultEmail(invitation, resultUrl, messagesFor("en").sendResult.mail)));
    expect(mail.to).toBe("ana+team@example.org");
    expect(mail.subject).toBe("My Outside-In result (Northwind & Co)");
    expect(mail.body).toContain(`\r\n${resultUrl}\r\n`);
    expect(mail.body).toContain("Outside-In sent nothing anywhere");
    expect(mail.body).toMatch(/^Hello Ana Souza,/);
  });

  it("an invitation has the landing link, the closing date and the time it takes", () => {
    const mail = read(
      mailtoHref(
        invitationEmail(invitation, "https://example.org/join/#i=1.abc.defg", 18, "en", messagesFor("en").invitation),
      ),
    );
    expect(mail.to).toBe("");
    expect(mail.subject).toBe("Two short questionnaires before our workshop (Northwind & Co)");
    expect(mail.body).toContain("\r\nhttps://example.org/join/#i=1.abc.defg\r\n");
    expect(mail.body).toContain("It takes about 18 minutes in all, reading carefully at 130 words a minute:");
    expect(mail.body).toContain("\r\nPlease answer by: 31 March 2027\r\n");
    expect(mail.body).toContain("Outside-In sends nothing");
  });

  it("names a team on a line of its own, so a name like 'Retail leadership team' reads naturally", () => {
    const retail = { ...invitation, team: "Retail leadership team" };
    const mail = read(
      mailtoHref(
        invitationEmail(retail, "https://example.org/join/#i=1.abc.defg", 18, "en", messagesFor("en").invitation),
      ),
    );
    expect(mail.body).toContain(
      "\r\nBefore we meet, I would like each leader's own view of how customer-centric the organisation is today.",
    );
    expect(mail.body).toContain("\r\nTeam: Retail leadership team\r\n");
    expect(mail.body).not.toContain("customer-centric Retail leadership team");
  });

  it("a reminder has the landing link and the closing date, and names nobody", () => {
    const open = read(
      mailtoHref(reminderEmail(invitation, "https://example.org/join/#i=2.abc.defg", false, teamText())),
    );
    expect(open.to).toBe("");
    expect(open.subject).toBe("Reminder: two short questionnaires before our workshop (Northwind & Co)");
    expect(open.body).toContain("\r\nhttps://example.org/join/#i=2.abc.defg\r\n");
    expect(open.body).toContain("\r\nPlease answer by: 31 March 2027\r\n");
    const late = read(
      mailtoHref(reminderEmail(invitation, "https://example.org/join/#i=2.abc.defg", true, teamText())),
    );
    expect(late.body).toContain("The closing date, 31 March 2027, has passed, but there is still time");
  });

  it("a link with & and # in it survives the mailto: encoding whole", () => {
    const href = mailtoHref({ to: "a@b.org", subject: "x & y # z", body: "a&b=c#d" });
    expect(href).toBe("mailto:a@b.org?subject=x%20%26%20y%20%23%20z&body=a%26b%3Dc%23d");
  });
});

describe("a closing date", () => {
  it.each([
    [undefined, "2027-04-01", false],
    ["2027-03-31", "2027-03-30", false],
    ["2027-03-31", "2027-03-31", false],
    ["2027-03-31", "2027-04-01", true],
  ])("closes %s, today %s: closed %s", (closes, today, closed) => {
    expect(hasClosed(closes, today)).toBe(closed);
  });
});
