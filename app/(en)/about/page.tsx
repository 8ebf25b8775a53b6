import { SiteContentPage, contentPageMetadata } from "@/app/_pages/content-page";

export const generateMetadata = () => contentPageMetadata("en", "about");

export default function Page() {
  return <SiteContentPage locale="en" slug="about" />;
}
