import type { ComponentProps } from "react";
import { ResultsView } from "@/components/results/results-view";
import { mountIsland } from "./mount";

mountIsland("results", (props: ComponentProps<typeof ResultsView>) => <ResultsView {...props} />);
