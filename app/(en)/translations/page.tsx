import { SiteContentPage, contentPageMetadata } from "@/app/_pages/content-page";

export const generateMetadata = () => contentPageMetadata("en", "translations");

export default function Page() {
  return <SiteContentPage locale="en" slug="translations" />;
}
