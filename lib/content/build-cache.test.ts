import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedInBuild } from "./build-cache";

afterEach(() => vi.unstubAllEnvs());

describe("cachedInBuild", () => {
  it("loads once per argument list during a production build", () => {
    vi.stubEnv("NODE_ENV", "production");
    const load = vi.fn((root?: string) => ({ root }));
    const cached = cachedInBuild(load);
    expect(cached("a")).toBe(cached("a"));
    expect(cached("b")).toEqual({ root: "b" });
    expect(cached()).toEqual({ root: undefined });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("uses the key it is given", () => {
    vi.stubEnv("NODE_ENV", "production");
    const load = vi.fn((q: { id: string }) => q.id.toUpperCase());
    const cached = cachedInBuild(load, (q) => q.id);
    cached({ id: "x" });
    cached({ id: "x" });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("never keeps a failure: broken content fails every page that reads it", () => {
    vi.stubEnv("NODE_ENV", "production");
    const load = vi.fn(() => {
      throw new Error("bad file");
    });
    const cached = cachedInBuild(load);
    expect(() => cached()).toThrow("bad file");
    expect(() => cached()).toThrow("bad file");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("loads afresh outside a build, so edits show in development", () => {
    vi.stubEnv("NODE_ENV", "development");
    const load = vi.fn(() => ({}));
    const cached = cachedInBuild(load);
    expect(cached()).not.toBe(cached());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
