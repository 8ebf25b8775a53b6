import type { ComponentProps } from "react";
import { TeamView } from "@/components/team/team-view";
import { mountIsland } from "./mount";

mountIsland("team", (props: ComponentProps<typeof TeamView>) => <TeamView {...props} />);
