import { screen, waitFor } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Island } from "./island";
import { mountIsland } from "./mount";
import * as enhancers from "./enhancers";
import * as registry from "./registry";
import { HISTORY_KEY } from "@/lib/storage/keys";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

const locale: Locale = "en";
const english = { locale, messages: messagesFor("en").latest };

afterEach(() => vi.useRealTimers());

describe("<Island name>", () => {
  it("renders the registry's component for its name, and refuses a name no registry holds", () => {
    expect(renderToStaticMarkup(<Island name="latest" props={{ titles: {}, ...english }} />)).toMatch(
      /^<div data-island="latest">/,
    );
    // A name the types refuse, as a generated page could still write it: called past the types.
    expect(() => Reflect.apply(Island, undefined, [{ name: "nope", children: null }])).toThrow(
      /no such island in components\/islands\/registry\.ts/,
    );
  });

  it("wraps an enhancer's HTML as it is, with no props to carry", () => {
    const [name] = Object.keys(enhancers);
    expect(name).toBe("search");
    const html = renderToStaticMarkup(
      <Island name="search">
        <p>the list</p>
      </Island>,
    );
    expect(html).toBe('<div data-island="search"><p>the list</p></div>');
  });
});

describe("an island on a page", () => {
  const titles = { journey: "The journey </script><b>x</b>", blunders: "Five blunders \u2028 & <more>" };

  it("writes its props once, beside the markup it renders from them", () => {
    const html = renderToStaticMarkup(<Island name="latest" props={{ titles, ...english }} />);
    expect(html).toMatch(
      /^<div data-island="latest"><\/div><script type="application\/json" data-island-props="latest">/,
    );
    // The props cannot close the script element early, whatever the titles hold.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("hydrates each instance from its own props, which read back exactly as written", async () => {
    const entry = { fragment: "v=2&journey=1.AAAA", questionnaireIds: ["journey"], savedAt: "2026-11-30T10:00:00Z" };
    localStorage.setItem(HISTORY_KEY, JSON.stringify({ format: 1, entries: [entry] }));
    const first = renderToStaticMarkup(<Island name="latest" props={{ titles, ...english }} />);
    const second = renderToStaticMarkup(<Island name="latest" props={{ titles: { journey: "Second" }, ...english }} />);
    document.body.innerHTML = `<main>${first}<p>between</p>${second}</main>`;
    mountIsland("latest", registry.latest);
    await waitFor(() => expect(screen.getAllByRole("heading", { name: "Your latest results" })).toHaveLength(2));
    expect(screen.getAllByText(titles.journey)).toHaveLength(1);
    expect(screen.getAllByText("Second")).toHaveLength(1);
  });

  it("leaves an instance without readable props as drawn, and says why", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    document.body.innerHTML = `<div data-island="latest"><p>drawn</p></div><script type="application/json" data-island-props="latest">{not json</script>`;
    mountIsland("latest", registry.latest);
    expect(error).toHaveBeenCalledWith(expect.stringContaining("latest island has no readable props"));
    expect(screen.getByText("drawn")).toBeTruthy();
  });
});
