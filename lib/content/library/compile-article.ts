import { compileMDX, type MDXRemoteProps } from "next-mdx-remote/rsc";
import remarkGfm from "remark-gfm";
import { ContentError } from "../parse";

/**
 * Compiles an article body at build time. JavaScript expressions stay blocked (the library's
 * default, set here so it cannot drift), and a body that does not compile fails the build
 * with the file name and the compiler's reason.
 */
export async function compileArticle(body: string, file: string, components: MDXRemoteProps["components"]) {
  try {
    const { content } = await compileMDX({
      source: body,
      components,
      options: { blockJS: true, mdxOptions: { remarkPlugins: [remarkGfm] } },
    });
    return content;
  } catch (error) {
    // The library prefixes its own banner line; the compiler's reason (with line:column) follows.
    const lines = (error instanceof Error ? error.message : String(error))
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("[next-mdx-remote]"));
    const reason = lines[0] ?? "unknown error";
    throw new ContentError(file, [`(body): MDX does not compile: ${reason}`]);
  }
}
