import { join } from "node:path";
import { PageFrontmatterSchema, type PageFrontmatter } from "../site/page-schema";
import { cachedInBuild } from "./build-cache";
import { contentDir } from "./paths";
import { readMdx } from "./read-mdx";

export type SitePage = { slug: string; file: string; frontmatter: PageFrontmatter; body: string };

/** A page written in content/pages/<slug>.mdx, such as the About page. */
export const loadPage = cachedInBuild(function loadPage(slug: string, root: string = contentDir()): SitePage {
  return { slug, ...readMdx(join(root, "pages", `${slug}.mdx`), PageFrontmatterSchema) };
});
