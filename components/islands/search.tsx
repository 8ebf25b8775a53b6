import { startArticleIndex } from "@/components/articles/article-index-script";

// The article list is server-rendered HTML that this script filters and searches: no React on
// this page, so MiniSearch and its index fit within what the page shipped before (issue 23).
const root = document.getElementById("island-search");
if (root) startArticleIndex(root);
