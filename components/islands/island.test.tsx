import { screen, waitFor } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LatestResults } from "@/components/shared/latest-results";
import { SiteLink } from "@/components/shared/site-link";
import { startArticleIndex } from "@/components/articles/article-index-script";
import { Island, islandName } from "./island";
import { mountIsland } from "./mount";
import * as registry from "./registry";
import { HISTORY_KEY } from "@/lib/storage/keys";

afterEach(() => vi.useRealTimers());

describe("the island registry", () => {
  it("names every island after its export, and knows each component", () => {
    expect(Object.keys(registry).sort()).toEqual(["compare", "flow", "invite", "join", "latest", "results", "team"]);
    expect(islandName(LatestResults)).toBe("latest");
    expect(islandName(registry.results)).toBe("results");
  });

  it("refuses a component it does not hold, naming the file to add it to", () => {
    expect(() => islandName(SiteLink)).toThrow(/components\/islands\/registry\.ts/);
  });

  it("names an enhancer, an island without React, as enhancers.ts does", () => {
    expect(islandName(startArticleIndex)).toBe("search");
    const html = renderToStaticMarkup(
      <Island of={startArticleIndex}>
        <p>the list</p>
      </Island>,
    );
    // No props to carry: the script takes the HTML as it is.
    expect(html).toBe('<div data-island="search"><p>the list</p></div>');
  });
});

describe("an island on a page", () => {
  const titles = { journey: "The journey </script><b>x</b>", blunders: "Five blunders \u2028 & <more>" };

  it("writes its props once, beside the markup it renders from them", () => {
    const html = renderToStaticMarkup(<Island of={LatestResults} props={{ titles }} />);
    expect(html).toMatch(
      /^<div data-island="latest"><\/div><script type="application\/json" data-island-props="latest">/,
    );
    // The props cannot close the script element early, whatever the titles hold.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("hydrates each instance from its own props, which read back exactly as written", async () => {
    const entry = { fragment: "v=2&journey=1.AAAA", questionnaireIds: ["journey"], savedAt: "2026-11-30T10:00:00Z" };
    localStorage.setItem(HISTORY_KEY, JSON.stringify({ format: 1, entries: [entry] }));
    const first = renderToStaticMarkup(<Island of={LatestResults} props={{ titles }} />);
    const second = renderToStaticMarkup(<Island of={LatestResults} props={{ titles: { journey: "Second" } }} />);
    document.body.innerHTML = `<main>${first}<p>between</p>${second}</main>`;
    mountIsland("latest", LatestResults);
    await waitFor(() => expect(screen.getAllByRole("heading", { name: "Your latest results" })).toHaveLength(2));
    expect(screen.getAllByText(titles.journey)).toHaveLength(1);
    expect(screen.getAllByText("Second")).toHaveLength(1);
  });

  it("leaves an instance without readable props as drawn, and says why", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    document.body.innerHTML = `<div data-island="latest"><p>drawn</p></div><script type="application/json" data-island-props="latest">{not json</script>`;
    mountIsland("latest", LatestResults);
    expect(error).toHaveBeenCalledWith(expect.stringContaining("latest island has no readable props"));
    expect(screen.getByText("drawn")).toBeTruthy();
  });
});
