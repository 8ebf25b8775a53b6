import { describe, expect, it } from "vitest";
import { readArrival } from "./arrival";
import { readFlowHashInEnglish } from "./english-flow";
import { assessmentsIn, canFinishHere, nextAssessment, notKeptRoute, routeAfterFinish } from "./flow-route";
import { withSeal } from "./fragment";

const order = ["journey", "blunders"];
// Sealed, as a flow page checks a carried result's seal; the answers are never read here.
const J = withSeal("v=2&journey=2.abc");
const B = withSeal("v=2&blunders=1.def");
const JB = withSeal("v=3&journey=1.abc&blunders=1.def&p.journey=1.x");

/** Where the route leads, read back as the next page would read it. */
function follow(path: string) {
  const [page, hash = ""] = path.split("#");
  return { page, flow: readFlowHashInEnglish(hash), arrival: readArrival(hash) };
}

describe("routeAfterFinish", () => {
  it("shows a result on its own when nothing came along", () => {
    expect(routeAfterFinish({ questionnaireId: "journey", order, own: J, carry: {} })).toBe(`/results/#${J}`);
  });

  it("joins a result brought along on the results page", () => {
    const next = follow(routeAfterFinish({ questionnaireId: "blunders", order, own: B, carry: { with: J } }));
    expect(next.page).toBe("/results/");
    expect(next.arrival).toEqual({ own: B, with: J });
  });

  it("takes an invited respondent through the other assessment, then to one result for the facilitator", () => {
    const carry = { invite: "tok", role: "Chief executive", org: "Example Ltd" };
    const first = follow(routeAfterFinish({ questionnaireId: "journey", order, own: J, carry }));
    expect(first.page).toBe("/assess/blunders/");
    expect(first.flow).toEqual({ ...carry, with: J });
    const second = follow(routeAfterFinish({ questionnaireId: "blunders", order, own: B, carry: first.flow }));
    expect(second.page).toBe("/results/");
    expect(second.arrival).toEqual({ own: B, with: J, invite: "tok" });
  });

  it("retakes every assessment the earlier result holds, in order, then shows the change", () => {
    const first = follow(routeAfterFinish({ questionnaireId: "journey", order, own: J, carry: { retake: JB } }));
    expect(first.page).toBe("/assess/blunders/");
    expect(first.flow).toEqual({ retake: JB, with: J });
    const second = follow(routeAfterFinish({ questionnaireId: "blunders", order, own: B, carry: first.flow }));
    expect(second.arrival).toEqual({ own: B, with: J, retake: JB });
  });

  it("ends a retake on its own when the leader finishes it there, with the retaken result as the earlier one", () => {
    const here = follow(
      routeAfterFinish({ questionnaireId: "journey", order, own: J, carry: { retake: JB }, here: true }),
    );
    expect(here.page).toBe("/results/");
    expect(here.arrival).toEqual({ own: J, retake: JB });
  });

  it("does not let an invited run stop before the assessment the facilitator asked for", () => {
    const carry = { invite: "tok", retake: JB };
    expect(canFinishHere(carry)).toBe(false);
    expect(follow(routeAfterFinish({ questionnaireId: "journey", order, own: J, carry, here: true })).page).toBe(
      "/assess/blunders/",
    );
    expect(canFinishHere({ retake: JB })).toBe(true);
  });

  it("does not send a retake of the second assessment back to the first", () => {
    const next = follow(routeAfterFinish({ questionnaireId: "blunders", order, own: B, carry: { retake: JB } }));
    expect(next.arrival).toEqual({ own: B, retake: JB });
  });
});

describe("assessmentsIn", () => {
  it("names the questionnaires a fragment answers, not an earlier result's", () => {
    expect(assessmentsIn(JB, order)).toEqual(["journey", "blunders"]);
    expect(assessmentsIn("v=3&blunders=1.x&p.journey=1.y", order)).toEqual(["blunders"]);
    expect(assessmentsIn(undefined, order)).toEqual([]);
  });
});

describe("nextAssessment", () => {
  it("names where an invited run or a retake goes on to, and nothing once a result came along", () => {
    expect(nextAssessment({ questionnaireId: "journey", order, carry: { invite: "tok" } })).toBe("blunders");
    expect(nextAssessment({ questionnaireId: "journey", order, carry: { retake: JB } })).toBe("blunders");
    expect(nextAssessment({ questionnaireId: "blunders", order, carry: { retake: JB } })).toBeUndefined();
    expect(nextAssessment({ questionnaireId: "blunders", order, carry: { invite: "tok", with: J } })).toBeUndefined();
    expect(nextAssessment({ questionnaireId: "journey", order, carry: {} })).toBeUndefined();
  });
});

describe("a result the flow could not keep in this browser's history", () => {
  it("goes to the results page as an arrival, which keeps it or says why", () => {
    const own = "v=2&mini=1.AB&z=SEAL";
    const route = notKeptRoute(own);
    expect(route.startsWith("/results/#")).toBe(true);
    expect(readArrival(route.slice("/results/".length))).toEqual({ own });
  });
});
