import { ArticlesPage, articlesMetadata } from "@/app/_pages/articles";

export const generateMetadata = () => articlesMetadata("en");

export default function Page() {
  return <ArticlesPage locale="en" />;
}
