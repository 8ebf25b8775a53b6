import type { ComponentProps } from "react";
import { JoinView } from "@/components/team/join-view";
import { mountIsland } from "./mount";

mountIsland("join", (props: ComponentProps<typeof JoinView>) => <JoinView {...props} />);
