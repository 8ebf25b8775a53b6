import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ScoreTable } from "./score-table";

const rows = (
  <>
    <tr>
      <th scope="row">Leadership</th>
      <td>3.5</td>
    </tr>
    <tr>
      <th scope="row">Feedback</th>
      <td>2.0</td>
    </tr>
  </>
);

describe("a table of figures", () => {
  it("is named by its caption, and names each figure's row and column", () => {
    render(
      <ScoreTable caption="Stage by area" columns={["Area", "Stage"]}>
        {rows}
      </ScoreTable>,
    );
    const table = screen.getByRole("table", { name: "Stage by area" });
    expect(table.className).toBe("score-table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => [h.textContent, h.getAttribute("scope")]),
    ).toEqual([
      ["Area", "col"],
      ["Stage", "col"],
    ]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["Leadership", "Feedback"]);
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("keeps a caption for screen readers where the page already says it, and hides a chart's alternative whole", () => {
    render(
      <>
        <ScoreTable caption="Actions agreed" captionHidden className="actions-table" columns={["Action"]}>
          {rows}
        </ScoreTable>
        <ScoreTable caption="The spread per area" hidden columns={["Area"]}>
          {rows}
        </ScoreTable>
      </>,
    );
    const actions = screen.getByRole("table", { name: "Actions agreed" });
    expect(actions.className).toBe("score-table actions-table");
    expect(actions.querySelector("caption")?.className).toBe("visually-hidden");
    expect(screen.getByRole("table", { name: "The spread per area" }).className).toBe("visually-hidden");
  });

  it("scrolls in a box of its own, a region the keyboard can reach, named by its label or else its caption", () => {
    render(
      <>
        <ScoreTable caption="Plain" columns={["Area"]} scroll>
          {rows}
        </ScoreTable>
        <ScoreTable caption="Wide" columns={["Area"]} scroll={{ label: "The six stages in each area" }}>
          {rows}
        </ScoreTable>
      </>,
    );
    const plain = screen.getByRole("region", { name: "Plain" });
    expect(plain.className).toBe("table-scroll");
    expect(plain.tabIndex).toBe(0);
    expect(within(plain).getByRole("table", { name: "Plain" })).toBeTruthy();
    const region = screen.getByRole("region", { name: "The six stages in each area" });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole("table", { name: "Wide" })).toBeTruthy();
  });

  it("takes a header of several rows where columns come in groups", () => {
    render(
      <ScoreTable
        caption="Each leader's score per area"
        head={
          <>
            <tr>
              <td />
              <th scope="colgroup" colSpan={2}>
                Journey
              </th>
            </tr>
            <tr>
              <th scope="col">Leader</th>
              <th scope="col">Leadership</th>
              <th scope="col">Feedback</th>
            </tr>
          </>
        }
      >
        {rows}
      </ScoreTable>,
    );
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Journey",
      "Leader",
      "Leadership",
      "Feedback",
    ]);
  });
});
