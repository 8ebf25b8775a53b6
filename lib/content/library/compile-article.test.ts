import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContentError } from "../parse";
import { compileArticle } from "./compile-article";

describe("compileArticle", () => {
  it("compiles Markdown with tables", async () => {
    const html = renderToStaticMarkup(
      await compileArticle("## Hello\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "x.mdx", {}),
    );
    expect(html).toContain("<h2>Hello</h2>");
    expect(html).toContain("<table>");
  });

  it("drops JavaScript expressions instead of running them", async () => {
    const html = renderToStaticMarkup(await compileArticle("Total: {1 + 1} and {globalThis.process}\n", "x.mdx", {}));
    expect(html).not.toContain("2");
    expect(html).not.toContain("[object");
  });

  it("fails with the file and the reason when MDX does not compile", async () => {
    const failure = await compileArticle("<Callout>\n\nunclosed\n", "content/articles/broken.mdx", {}).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ContentError);
    expect(String(failure instanceof Error && failure.message)).toMatch(
      /^Content to fix \(1 problem\):\n {2}content\/articles\/broken\.mdx: \(body\): MDX does not compile: Expected a closing tag for `<Callout>` \(1:1-1:10\)$/,
    );
  });
});
