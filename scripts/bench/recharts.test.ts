import { describe, expect, it } from "vitest";
import { isRechartsCode } from "./recharts";

describe("isRechartsCode", () => {
  it.each([
    ['className:"recharts-wrapper",style:{position:"relative"}', true],
    ['(0,n.jsx)("svg",{className:(0,i.clsx)("recharts-surface",e)})', true],
    ['import("./radar-chart")', false], // a name alone is not the library
    ['className:"recharts-wrapperless"', false],
  ])("%s → %s", (body, expected) => expect(isRechartsCode(body)).toBe(expected));
});
