import { EnglishReport } from "@/test/english-report";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BenchmarkCompare } from "./benchmark-compare";

describe("a result beside a benchmark", () => {
  it("gives each area's percentile in a table under the benchmark's name", () => {
    render(
      <BenchmarkCompare
        comparisons={[
          {
            name: "Retail",
            leaders: 1200,
            rows: [{ questionnaireId: "journey", area: "leadership", name: "Leadership", percentile: 62 }],
          },
        ]}
      />,
      { wrapper: EnglishReport },
    );
    const section = screen.getByRole("region", { name: "Compared with 1,200 leaders in Retail" });
    const table = within(section).getByRole("table", {
      name: "Percentile per area: the share of those leaders who scored lower",
    });
    expect(within(table).getByRole("row", { name: "Leadership 62" })).toBeTruthy();
  });
});
