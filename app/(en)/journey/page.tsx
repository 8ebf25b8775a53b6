import { JourneyPage, journeyMetadata } from "@/app/_pages/journey";

export const generateMetadata = () => journeyMetadata("en");

export default function Page() {
  return <JourneyPage locale="en" />;
}
