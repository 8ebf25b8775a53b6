import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { articleComponents } from "./article-components";

const { a: Link } = articleComponents({ model: loadStageModel(), assessments: [], locale: "en" });

describe("links in MDX", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllEnvs();
  });

  it("put the base path in front of a page of the site, as the header's links do", () => {
    vi.stubEnv("NEXT_PUBLIC_BASE_PATH", "/assessment");
    render(<Link href="/team/">Team view</Link>);
    expect(screen.getByRole("link", { name: "Team view" }).getAttribute("href")).toBe("/assessment/team/");
  });

  it("leave other addresses and anchors on this page as written", () => {
    vi.stubEnv("NEXT_PUBLIC_BASE_PATH", "/assessment");
    render(
      <>
        <Link href="https://example.org/">Elsewhere</Link>
        <Link href="#for-leaders">For leaders</Link>
      </>,
    );
    expect(screen.getByRole("link", { name: "Elsewhere" }).getAttribute("href")).toBe("https://example.org/");
    expect(screen.getByRole("link", { name: "For leaders" }).getAttribute("href")).toBe("#for-leaders");
  });
});
