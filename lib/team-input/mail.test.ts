import { describe, expect, it } from "vitest";
import { quoted, quotedPrintable, wrapped } from "../../test/mail";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { WRAPPERS } from "../../test/wrappers";
import { aggregateTeam } from "./aggregate";
import { splitLines } from "./lines";

// A whole email thread or a mailbox export pasted into the team view still gives every link in it.

const ceo = teamLink(
  { journey: journeyAt(1), blunders: blundersAt(2) },
  { label: "Directrice générale", org: "Nordvind" },
);
const cfo = teamLink({ journey: journeyAt(3) }, { label: "CFO" });
const coo = teamLink({ journey: journeyAt(5), blunders: blundersAt(4) }, { label: "COO" });

const labels = (text: string) => aggregateTeam(text, teamCatalogue).respondents.map((r) => r.result.label);

describe("lines quoted back in the list of lines not counted", () => {
  it("never show bidi controls, and are cut between whole characters", () => {
    const line = `\u202Egnp.exe ${"👨‍👩‍👧".repeat(12)} and more text after it`;
    const [problem] = aggregateTeam(line, teamCatalogue).problems;
    expect(problem?.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(problem?.text).not.toMatch(/\p{Cs}/u);
    expect(problem?.text.endsWith("👨‍👩‍👧…")).toBe(true);
  });
});

describe("a pasted mail thread", () => {
  it("reads a quoted-printable mailbox export, its links broken by soft line breaks", () => {
    const body = `Hi Ana,\n\nHere is my result: ${ceo}\nand the CFO's: ${WRAPPERS["Outlook Safe Links"]!(cfo)}\n\nBest, Lena`;
    const mbox = `From: Lena <lena@example.org>\nContent-Transfer-Encoding: quoted-printable\n\n${quotedPrintable(body)}`;
    expect(mbox).toMatch(/=\n/);
    expect(labels(mbox)).toEqual(["Directrice générale", "CFO"]);
  });

  it("reads links in quoted replies, wrapped by the mail program at the line's width", () => {
    const thread = [
      "Thanks, all three are in.",
      "",
      "On Monday Lena wrote:",
      quoted(`CEO: ${wrapped(ceo, 64)}`),
      quoted(quoted(`Mine: ${wrapped(WRAPPERS["Proofpoint v3"]!(cfo), 70)}`, "| ")),
      quoted(`<${coo}>`, "> > "),
    ].join("\n");
    expect(labels(thread)).toEqual(["Directrice générale", "CFO", "COO"]);
  });

  it("reads an HTML mail's links, their & written as &amp;", () => {
    const html = `<p>My result: <a href="${ceo.replaceAll("&", "&amp;")}">${ceo.replaceAll("&", "&amp;")}</a></p>`;
    const team = aggregateTeam(html, teamCatalogue);
    expect(team.respondents.map((r) => r.result.label)).toEqual(["Directrice générale"]);
    // The anchor's address and its text are one link shown twice: read once, not reported.
    expect(team.problems).toEqual([]);
  });

  it("does not join a cut link to the line after it when the joined text is not the link", () => {
    const cut = ceo.replace(/&z=.*$/, "");
    const lines = splitLines(`${cut}\njunk that follows\n${cfo}`);
    expect(lines.map((l) => [l.line, l.span])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
  });

  it("joins a wrapped link's lines into one, numbered as its first", () => {
    const lines = splitLines(`Intro\n${wrapped(ceo, 50)}\nOutro`);
    expect(lines.map((l) => [l.line, l.span])).toEqual([
      [1, 1],
      [2, Math.ceil(ceo.length / 50)],
      [2 + Math.ceil(ceo.length / 50), 1],
    ]);
  });
});

describe("the mail around the links", () => {
  // Headers, the quoted message replied to, closings and signatures are mail, not lines that
  // failed to be links: only lines that are neither are listed as not counted.
  it("is recognised as mail and not listed as lines not counted", () => {
    const thread = [
      "From: Lena Berg <lena@example.org>",
      "Sent: Monday, 3 March 2025 10:12",
      "To: Ana Souza <ana@example.org>",
      "Cc: board@example.org",
      "Subject: RE: Our results",
      "Date: Mon, 3 Mar 2025 10:12:00 +0100",
      "",
      "Hi Ana,",
      "",
      `CEO: ${ceo}`,
      `CFO: ${cfo}`,
      "",
      "Kind regards,",
      "Lena",
      "",
      "-- ",
      "Lena Berg | Head of Strategy",
      "Nordvind A/S, +45 1234 5678",
      "",
      "-----Original Message-----",
      "On Friday, 28 February 2025 16:02, Ana Souza wrote:",
      "> Dear all,",
      "> please send me your result links by Monday.",
      "> ",
      "> Best regards",
      "> Ana",
      "> -- ",
      "> Ana Souza, facilitator",
    ].join("\n");
    const team = aggregateTeam(thread, teamCatalogue);
    expect(team.respondents.map((r) => r.result.label)).toEqual(["Directrice générale", "CFO"]);
    expect(team.problems.map((p) => p.text)).toEqual(["Hi Ana,"]);
  });

  it("still reports a damaged link in a quoted line", () => {
    const cut = cfo.replace(/&z=.*$/, "");
    const team = aggregateTeam(`> Here is mine: ${cut}\n> Kind regards`, teamCatalogue);
    expect(team.problems.map((p) => p.line)).toEqual([1]);
  });
});
