import { ComparePage, compareMetadata } from "@/app/_pages/compare";

export const generateMetadata = () => compareMetadata("en");

export default function Page() {
  return <ComparePage locale="en" />;
}
