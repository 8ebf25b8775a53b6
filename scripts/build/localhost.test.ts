import { describe, expect, it } from "vitest";
import { mentionsLocalhost } from "./localhost";

describe("mentionsLocalhost", () => {
  it.each([
    ['<link rel="canonical" href="http://localhost:3000/articles/"/>', true],
    ["<loc>http://127.0.0.1:3100/</loc>", true],
    ["Sitemap: http://localhost:3000/sitemap.xml\n", true],
    ['<meta property="og:image" content="https://[::1]/og/site.png"/>', true],
    ['<link rel="canonical" href="/articles/"/>', false],
    ["https://localhost.example.org/", false],
    ["Serve it on localhost while you work.", false],
  ])("%s → %s", (text, found) => {
    expect(mentionsLocalhost(text)).toBe(found);
  });
});
