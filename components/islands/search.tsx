import type { ComponentProps } from "react";
import { ArticleSearch } from "@/components/articles/article-search";
import { mountIsland } from "./mount";

mountIsland("search", (props: ComponentProps<typeof ArticleSearch>) => <ArticleSearch {...props} />);
