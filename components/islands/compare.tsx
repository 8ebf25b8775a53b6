import type { ComponentProps } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { mountIsland } from "./mount";

mountIsland("compare", (props: ComponentProps<typeof CompareView>) => <CompareView {...props} />);
