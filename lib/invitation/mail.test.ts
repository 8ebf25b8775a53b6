import { describe, expect, it } from "vitest";
import type { Invitation } from "./token";
import { invitationEmail, mailtoHref, resultEmail } from "./mail";
import { hasClosed } from "./schema";

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
    const mail = read(mailtoHref(resultEmail(invitation, resultUrl)));
    expect(mail.to).toBe("ana+team@example.org");
    expect(mail.subject).toBe("My Outside-In result for Northwind & Co");
    expect(mail.body).toContain(`\r\n${resultUrl}\r\n`);
    expect(mail.body).toContain("Outside-In sent nothing anywhere");
    expect(mail.body).toMatch(/^Hello Ana Souza,/);
  });

  it("an invitation has the landing link, the closing date and the time it takes", () => {
    const mail = read(mailtoHref(invitationEmail(invitation, "https://example.org/join/#i=1.abc.defg", 18)));
    expect(mail.to).toBe("");
    expect(mail.subject).toBe("Your view of Northwind & Co: two short questionnaires before our workshop");
    expect(mail.body).toContain("\r\nhttps://example.org/join/#i=1.abc.defg\r\n");
    expect(mail.body).toContain("about 18 minutes");
    expect(mail.body).toContain("Please answer by 31 March 2027.");
    expect(mail.body).toContain("Outside-In sends nothing");
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
