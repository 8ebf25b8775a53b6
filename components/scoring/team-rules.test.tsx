import { EN } from "@/test/english-words";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN, TWO_CAMPS } from "@/lib/scoring/thresholds";
import { TeamRules } from "./team-rules";

describe("the team's rules on /how-scoring-works/", () => {
  it("state the thresholds the team view applies, from the same constants", () => {
    render(<TeamRules words={EN} />);
    const text = screen.getByRole("list").textContent ?? "";
    const item = (name: string) =>
      screen.getAllByRole("listitem").find((li) => li.textContent?.startsWith(name))?.textContent ?? "";
    expect(item("Far from the team:")).toContain(
      `${FAR_APART.stages} stages on the journey, or ${FAR_APART.agreement} points`,
    );
    expect(item("Far from the team:")).toContain(`at least ${MIN_LEADERS_FOR_MEDIAN} leaders`);
    expect(item("Two camps:")).toContain(`at least ${TWO_CAMPS.minLeaders} leaders each`);
    expect(item("Two camps:")).toContain(`${TWO_CAMPS.minShare * 100}% of the leaders`);
    expect(item("Two camps:")).toContain("wider than the spread inside either group");
    expect(item("Broadly agree:")).toContain(`within ${FAR_APART.stages} stages`);
    expect(text).not.toMatch(/undefined|NaN/);
  });
});
