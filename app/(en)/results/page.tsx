import { ResultsPage, resultsMetadata } from "@/app/_pages/results";

export const generateMetadata = () => resultsMetadata("en");

export default function Page() {
  return <ResultsPage locale="en" />;
}
