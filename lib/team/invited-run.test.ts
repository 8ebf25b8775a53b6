import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { minutesLeft } from "../questionnaire/timing";
import { invitedRun } from "./invited-run";

describe("invitedRun", () => {
  it("starts with the journey and takes as long as both assessments, as the flow counts them", () => {
    const [journey, blunders] = [stagesFixture(), agreementFixture()];
    const run = invitedRun([blunders, journey]);
    expect(run.journeyId).toBe("mini");
    expect(run.minutes).toBe(minutesLeft(journey) + minutesLeft(blunders));
  });

  it("refuses content without a journey", () => {
    expect(() => invitedRun([agreementFixture()])).toThrow(/starts with the journey/);
  });
});
