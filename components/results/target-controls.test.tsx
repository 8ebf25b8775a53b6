import { EnglishReport } from "@/test/english-report";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { AreaView } from "@/lib/report/journey-view";
import { TargetControls } from "./target-controls";

const area = (id: string, name: string, more: Partial<AreaView>): AreaView => ({
  id,
  name,
  score: 2.5,
  figure: "2.5 of 6",
  stage: { stage: 2, name: "Goodwill between colleagues", summary: "" },
  target: { stage: 3, name: "Team agreements", summary: "" },
  gap: "0.5",
  spread: null,
  answered: 4,
  total: 4,
  dontKnow: 0,
  choices: [
    { stage: 2, label: "Stage 2: Goodwill between colleagues (hold)" },
    { stage: 3, label: "Stage 3: Team agreements" },
    { stage: 4, label: "Stage 4: A programme with an owner" },
  ],
  ...more,
});

describe("TargetControls", () => {
  it("offers each area's stages in its own words and reports the stage chosen", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <TargetControls
        areas={[
          area("people", "People and culture", {}),
          area("insight", "Customer insight", { score: null, figure: null, stage: null, target: null, choices: [] }),
        ]}
        onChange={onChange}
      />,
      { wrapper: EnglishReport },
    );
    const select = screen.getByRole("combobox", { name: /^People and culture/ });
    expect(screen.getByRole("option", { name: "Stage 2: Goodwill between colleagues (hold)" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Stage 3: Team agreements", selected: true })).toBeTruthy();
    await user.selectOptions(select, "4");
    expect(onChange).toHaveBeenCalledWith("people", 4);
    // An area without a score has no target to set.
    expect(screen.queryByLabelText(/^Customer insight/)).toBeNull();
  });
});
