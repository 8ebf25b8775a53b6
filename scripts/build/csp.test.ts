import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { policyFor, withPolicy } from "./csp";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
const page = (body: string) =>
  `<html><head><script src="/_next/a.js" async=""></script></head><body>${body}</body></html>`;

describe("policyFor", () => {
  it("allows each inline script by its hash, once, and never a file's empty body or other origins", () => {
    const inline = "self.__next_f.push([0])";
    const policy = policyFor(page(`<script>${inline}</script><script>${inline}</script><script> </script>`));
    expect(policy).toContain(`script-src 'self' ${sha(inline)};`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
  });
  it("lists no hash on a page without inline scripts", () => {
    expect(policyFor(page(""))).toContain("script-src 'self';");
  });
});

describe("withPolicy", () => {
  it("puts the policy first in <head>, and leaves a page that has one alone", () => {
    const once = withPolicy(page(""));
    expect(
      once.startsWith('<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\';'),
    ).toBe(true);
    expect(withPolicy(once)).toBe(once);
  });
});

describe("the policy for workers", () => {
  it("lets a page start a Web Worker of its own origin, and no other", () => {
    expect(policyFor(page(""))).toContain("worker-src 'self';");
  });
});
