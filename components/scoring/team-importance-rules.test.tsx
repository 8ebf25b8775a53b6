import { EN } from "@/test/english-words";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { IMPORTANCE_SPLIT } from "@/lib/scoring/thresholds";
import { TeamRules } from "./team-rules";

describe("the team's rule on what matters, on /how-scoring-works/", () => {
  it("states IMPORTANCE_SPLIT, the constant the team view applies", () => {
    render(<TeamRules words={EN} />);
    const item = screen
      .getAllByRole("listitem")
      .find((li) => li.textContent?.startsWith("Disagreeing on what matters:"));
    expect(item?.textContent).toContain(
      `at least ${IMPORTANCE_SPLIT.critical} leader marked it “critical to our strategy” and at least ${IMPORTANCE_SPLIT.less} leader “less important now”`,
    );
  });
});
