import { TeamPage, teamMetadata } from "@/app/_pages/team";

export const generateMetadata = () => teamMetadata("en");

export default function Page() {
  return <TeamPage locale="en" />;
}
