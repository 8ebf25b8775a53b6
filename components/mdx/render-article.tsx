import { compileMDX } from "next-mdx-remote/rsc";
import remarkGfm from "remark-gfm";
import { ContentError } from "@/lib/content/parse";
import { articleComponents } from "./article-components";

type Props = { body: string; file: string; context: Parameters<typeof articleComponents>[0] };

/**
 * Compiles an article at build time. JavaScript expressions stay blocked (the library's
 * default), and a file that does not compile fails the build with its name.
 */
export async function ArticleBody({ body, file, context }: Props) {
  try {
    const { content } = await compileMDX({
      source: body,
      components: articleComponents(context),
      options: { blockJS: true, mdxOptions: { remarkPlugins: [remarkGfm] } },
    });
    return content;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ContentError(file, [`(body): MDX does not compile: ${reason}`]);
  }
}
