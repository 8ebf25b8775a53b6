import { JoinPage, joinMetadata } from "@/app/_pages/join";

export const generateMetadata = () => joinMetadata("en");

export default function Page() {
  return <JoinPage locale="en" />;
}
