import { describe, expect, it } from "vitest";
import { stagesFixture } from "../../test/fixtures";
import { linkLengths } from "./link-lengths";

describe("linkLengths", () => {
  it("sets the encoded length beside the information bound", () => {
    const q = stagesFixture();
    const [length] = linkLengths([q], [q]);
    // Options per question 6 4 5 6 6 4 6 6, plus "unanswered" and "Don't know":
    // states 8 6 7 8 8 6 8 8, so bits = 5·log2(8) + 2·log2(6) + log2(7) = 15 + 5.17 + 2.81 = 22.98,
    // which is 3.83 base64url characters; 8^5·6^2·7 = 8,257,536 answer sets need 4 (64^4 = 16,777,216).
    expect(length?.bits).toBeCloseTo(22.977, 3);
    expect(length?.boundChars).toBeCloseTo(3.8295, 4);
    expect(length?.answersChars).toBe(4);
    expect(length?.answersRatio).toBeCloseTo(4 / 3.8295, 3);
    // "v=2&mini=1." is 11 characters, then 4 of answers and 2 of checksum, then "&z=" and a
    // 4-character seal: 17 + 7 = 24.
    expect(length?.fragmentChars).toBe(24);
    expect(length).toMatchObject({ questionnaire: "mini", version: 1, questions: 8 });
  });
});
