import { LatestResults, type LatestResultsProps } from "@/components/shared/latest-results";
import { mountIsland } from "../mount";

mountIsland("latest", (props: LatestResultsProps) => <LatestResults {...props} />);
