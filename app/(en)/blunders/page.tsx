import { BlundersPage, blundersMetadata } from "@/app/_pages/blunders";

export const generateMetadata = () => blundersMetadata("en");

export default function Page() {
  return <BlundersPage locale="en" />;
}
