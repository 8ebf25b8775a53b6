import { render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { golden } from "@/test/golden-links";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { decodeInvitation, encodeInvitation } from "@/lib/invitation/token";
import { lostInvitationNotice } from "@/lib/invitation/run";
import { messagesFor } from "@/lib/i18n/messages";
import { arrivalHash } from "@/lib/link/arrival";
import { decodeFragment, encodeFragment } from "@/lib/link/fragment";
import type { SharedResult } from "@/lib/link/result-schema";
import { choose } from "@/lib/questionnaire/answers";
import { blundersOf, journeyOf } from "@/lib/questionnaire/catalogue";
import { buildReport } from "@/lib/report/build-report";
import { parseHistory } from "@/lib/storage/history";
import { HISTORY_KEY } from "@/lib/storage/keys";
import { ResultsView } from "./results-view";
import { linkErrorInEnglish } from "@/lib/link/english-errors";

const catalogue = loadCatalogue();
const content = loadReportContent();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const blunders = blundersOf(loadCurrentQuestionnaires())!;
const both = golden.links.find((l) => l.name === "both v1 with labels")!;

/** One assessment's result, every answer at option `i`, as a finished flow hands it over. */
const finished = (q: typeof journey | typeof blunders, i: number, who: Partial<SharedResult> = {}) =>
  encodeFragment(
    {
      assessments: [
        {
          questionnaireId: q.id,
          version: q.version,
          answers: Object.fromEntries(q.questions.map((x) => [x.id, choose(i)])),
        },
      ],
      ...who,
    },
    catalogue,
  );
const invitation = { team: "Northwind", facilitator: { name: "Ana Silva", email: "ana@example.org" } };

function open(fragment: string) {
  window.history.replaceState(null, "", `/results/#${fragment}`);
  return render(<ResultsView catalogue={catalogue} content={content} />);
}
const overall = (name: string) => screen.findByRole("region", { name });

afterEach(() => window.history.replaceState(null, "", "/results/"));

describe("the results page", () => {
  it("shows the result a link holds: who it is, and the overall stage and avoidance the scoring gives", async () => {
    open(both.fragment);
    const decoded = decodeFragment(both.fragment, catalogue);
    if (!decoded.ok) throw new Error(linkErrorInEnglish(decoded.error));
    const model = buildReport(decoded.value, catalogue, content);
    expect(within(await overall("Overall stage")).getByText(model.journey!.overall!.text)).toBeTruthy();
    expect(within(await overall("Overall avoidance")).getByText(model.blunders!.headline!.overall.label)).toBeTruthy();
    expect(screen.getByText(both.label!, { exact: false })).toBeTruthy();
  });

  it("says why a changed link cannot be shown, and where to go instead", async () => {
    // One character of the answers changed: the link's seal no longer matches.
    const fragment = finished(journey, 2);
    const at = fragment.indexOf(".") + 2;
    open(`${fragment.slice(0, at)}${fragment[at] === "A" ? "B" : "A"}${fragment.slice(at + 1)}`);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "This result cannot be shown" })).toBeTruthy();
    expect(within(alert).getByRole("link", { name: "Take the journey assessment" })).toHaveProperty(
      "pathname",
      `/assess/${journey.id}/`,
    );
    expect(within(alert).getByRole("link", { name: "Go to the home page" })).toHaveProperty("pathname", "/");
    expect(screen.queryByRole("region", { name: "Summary" })).toBeNull();
  });

  it("joins a finished flow's result with the one it brought along into one link, kept in this browser", async () => {
    const own = finished(blunders, 3, { label: "Chief executive" });
    open(arrivalHash({ own, with: finished(journey, 2) }));
    expect(await overall("Overall stage")).toBeTruthy();
    expect(await overall("Overall avoidance")).toBeTruthy();
    // The address becomes the one result link, holding both, the journey first.
    await waitFor(() => expect(window.location.hash).not.toContain("arrive="));
    const joined = decodeFragment(window.location.hash.slice(1), catalogue);
    expect(joined.ok && joined.value.assessments.map((a) => a.questionnaireId)).toEqual([journey.id, blunders.id]);
    expect(joined.ok && joined.value.label).toBe("Chief executive");
    expect(parseHistory(localStorage.getItem(HISTORY_KEY)).map((e) => e.fragment)).toEqual([
      window.location.hash.slice(1),
    ]);
  });

  it("ends an invited run with the email to the facilitator, and keeps it across a reload", async () => {
    const view = open(arrivalHash({ own: finished(journey, 2), invite: encodeInvitation(invitation) }));
    const send = await screen.findByRole("region", { name: "Send to Ana Silva" });
    const email = within(send).getByRole("link", { name: "Email my result to Ana Silva" });
    expect(email.getAttribute("href")).toMatch(/^mailto:ana@example\.org\?subject=/);
    await waitFor(() => expect(window.location.hash).not.toContain("arrive="));
    // A reload: the same history entry, with the plain result link in the address.
    view.unmount();
    render(<ResultsView catalogue={catalogue} content={content} />);
    expect(await screen.findByRole("region", { name: "Send to Ana Silva" })).toBeTruthy();
    expect(
      within(screen.getByRole("region", { name: "Send to Ana Silva" })).getByText(window.location.href),
    ).toBeTruthy();
  });

  it("shows the result of a run whose invitation cannot be read, and says to send the link by hand", async () => {
    const damaged = `${encodeInvitation(invitation).slice(0, -2)}xx`;
    const problem = decodeInvitation(damaged);
    if (problem.ok) throw new Error("the damaged token still reads");
    open(arrivalHash({ own: finished(journey, 2), invite: damaged }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      lostInvitationNotice(problem.error, messagesFor("en").sendResult),
    );
    expect(await overall("Overall stage")).toBeTruthy();
    expect(screen.queryByRole("region", { name: /^Send to/ })).toBeNull();
  });
});
