import { ScoringPage, scoringMetadata } from "@/app/_pages/scoring";

export const generateMetadata = () => scoringMetadata("en");

export default function Page() {
  return <ScoringPage locale="en" />;
}
