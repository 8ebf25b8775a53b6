import type { ComponentProps } from "react";
import { QuestionFlow } from "@/components/questionnaire/question-flow";
import { mountIsland } from "./mount";

mountIsland("flow", (props: ComponentProps<typeof QuestionFlow>) => <QuestionFlow {...props} />);
