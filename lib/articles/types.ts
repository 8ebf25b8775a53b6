import type { ArticleFrontmatter } from "./schema";
import type { Heading } from "./text";

/** An article file as read from content/articles. */
export type ArticleSource = { slug: string; file: string; frontmatter: ArticleFrontmatter; body: string };

/** An article with what lists and pages derive from its text. */
export type LibraryArticle = ArticleSource & { minutes: number; words: number; headings: Heading[] };
