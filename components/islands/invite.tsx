import type { ComponentProps } from "react";
import { InvitationMaker } from "@/components/team/invitation-maker";
import { mountIsland } from "./mount";

mountIsland("invite", (props: ComponentProps<typeof InvitationMaker>) => <InvitationMaker {...props} />);
