import { compileArticle } from "@/lib/content/library/compile-article";
import { articleComponents } from "./article-components";

type Props = { body: string; file: string; context: Parameters<typeof articleComponents>[0] };

/** An article's body, compiled at build time with the components authors may use. */
export async function ArticleBody({ body, file, context }: Props) {
  return compileArticle(body, file, articleComponents(context));
}
