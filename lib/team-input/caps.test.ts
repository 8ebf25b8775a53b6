import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { aggregateTeamInput } from "./aggregate";
import {
  admitTeamInput,
  formatSize,
  MAX_TEAM_BYTES,
  MAX_TEAM_LINES,
  refusalMessage,
  refuseFileSize,
  refusePastedText,
  unreadLinesMessage,
  type InputRefusal,
} from "./caps";
import { teamText } from "../../test/team-text";
import { splitLines } from "./lines";
import { scanText, utf8Length } from "./scan";
import { teamLinkText } from "./team-link";

const catalogue = [stagesFixture(), agreementFixture()];
const MB = 1024 * 1024;
const words = teamText().teamInput;
/** A refusal as an English page says it. */
const said = (r: InputRefusal | null) => r && { kind: r.kind, message: refusalMessage(r, "en", words) };
const refusal = (text: string, source: "file" | "text" | "link" = "text") => {
  const admitted = admitTeamInput(text, source);
  return admitted.ok ? null : said(admitted.error);
};

describe("the size cap", () => {
  it("refuses a file by its size, before reading it", () => {
    expect(said(refuseFileSize(20 * MB))?.message).toBe(
      "This file is 20.0 MB; the team view reads up to 2 MB (thousands of links). Split it, or paste only the links.",
    );
    expect(refuseFileSize(MAX_TEAM_BYTES)).toBeNull();
  });

  it("refuses a paste by its size before it reaches the box, in one native measure", () => {
    expect(said(refusePastedText("x".repeat(5 * MB)))?.message).toBe(
      "This text is 5.0 MB; the team view reads up to 2 MB (thousands of links). Split it, or paste only the links.",
    );
    // Three bytes a character: 700,000 of them are 2.1 MB.
    expect(refusePastedText("€".repeat(700_000))?.kind).toBe("too-large");
    expect(refusePastedText("x".repeat(MAX_TEAM_BYTES))).toBeNull();
    expect(refusePastedText("short")).toBeNull();
  });

  it("refuses pasted text over the cap, measured in UTF-8 as a file would be", () => {
    // One byte over 2 MB shows as 2.1 MB: sizes round up, so they never read as the limit.
    expect(refusal("x".repeat(MAX_TEAM_BYTES + 1))).toEqual({
      kind: "too-large",
      message:
        "This text is 2.1 MB; the team view reads up to 2 MB (thousands of links). Split it, or paste only the links.",
    });
    // 1.5 million "é" are 1.5 million characters but 3,000,000 bytes: 2.86 MB, shown as 2.9.
    expect(refusal("é".repeat(1_500_000))?.message).toMatch(/^This text is 2\.9 MB;/);
    expect(refusal("x".repeat(MAX_TEAM_BYTES))).toBeNull();
  });

  it("refuses a team link in the address before decoding it", () => {
    const tooLarge = teamLinkText(`#team=1&r=${"A".repeat(MAX_TEAM_BYTES)}`);
    expect(tooLarge && !tooLarge.ok && said(tooLarge.error)).toEqual({
      kind: "too-large",
      message:
        "This team link is 2.1 MB; the team view reads up to 2 MB (thousands of links). Ask for the links as a file instead, and load it in parts.",
    });
    expect(teamLinkText("#team=1&r=v%3D2&r=x")).toEqual({ ok: true, value: { text: "#v=2\n#x", actions: [] } });
    expect(teamLinkText("#v=2&mini=1.AB")).toBeNull();
  });

  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [1023, "1023 bytes"],
    [1536, "1.5 KB"],
    [MB - 1, "1024.0 KB"],
    [20 * MB, "20.0 MB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(formatSize(bytes, "en", words)).toBe(text);
  });

  it("measures UTF-8 as TextEncoder writes it (property)", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
    );
  });
});

describe("the text check", () => {
  const NOT_A_TEXT_FILE =
    "This file is not a text file (it holds binary data, such as an image, a spreadsheet or a PDF), so it was not read. Load a .txt or .csv file of links: a spreadsheet can be saved as CSV.";
  it("refuses anything with a NUL", () => {
    expect(refusal("v=2&mini=1.AB\u0000", "file")).toEqual({ kind: "not-text", message: NOT_A_TEXT_FILE });
    expect(refusal("v=2\u0000", "text")?.message).toBe(
      "This text is not plain text (it holds binary data), so it was not read. Paste only the links.",
    );
  });

  it("refuses a binary file as a browser decodes it", () => {
    // A megabyte of random bytes read as UTF-8, as File.text() does: mostly U+FFFD and controls.
    let seed = 7;
    const bytes = Uint8Array.from({ length: MB }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    const text = new TextDecoder().decode(bytes.map((b) => (b === 0 ? 1 : b)));
    expect(refusal(text, "file")?.message).toBe(NOT_A_TEXT_FILE);
  });

  it("refuses text that is mostly control characters, and admits text with a stray one", () => {
    expect(refusal(`${"\u0001".repeat(20)}abc`)?.kind).toBe("not-text");
    expect(refusal(`links\u0007\n${"v=2&mini=1.AB\n".repeat(20)}`)).toBeNull();
  });
});

describe("the line cap", () => {
  it(`reads the first ${MAX_TEAM_LINES.toLocaleString("en-GB")} lines and counts the rest`, () => {
    // 10,000 lines of junk, then 2 blank lines and 3 more: only the 3 are counted as unread.
    const text = [...Array.from({ length: MAX_TEAM_LINES }, (_, i) => `row ${i}`), "", " ", "a", "b", "c"].join("\n");
    const read = aggregateTeamInput(text, catalogue);
    expect(read.ok && [read.value.problems.length, read.value.unreadLines]).toEqual([MAX_TEAM_LINES, 3]);
    expect(unreadLinesMessage(3, "en", words)).toBe(
      "Only the first 10,000 lines were read; 3 more lines were left unread. Split the input to read the rest.",
    );
    expect(unreadLinesMessage(1, "en", words)).toBe(
      "Only the first 10,000 lines were read; 1 more line was left unread. Split the input to read the rest.",
    );
  });

  it("counts lines as the reader does (property)", () => {
    const line = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("", " ", "\u00a0", "\t", "\u2028"));
    const breaks = fc.constantFrom("\n", "\r\n", "\r");
    fc.assert(
      fc.property(fc.array(fc.tuple(line, breaks), { maxLength: 30 }), fc.nat({ max: 30 }), (pairs, max) => {
        const text = pairs.map(([l, b]) => l + b).join("");
        const scan = scanText(text, Math.max(1, max));
        const read = splitLines(text.slice(0, scan.readEnd));
        expect(read.length).toBe(scan.lines);
        expect(read.length + scan.unreadLines).toBe(splitLines(text).length);
        expect(read.every((l) => l.line <= Math.max(1, max))).toBe(true);
      }),
    );
  });
});
