import { flow } from "../i18n/messages/en/flow";
import { readFlowHash, type FlowHash } from "./flow-links";

/** The flow's address read with its notices in English, for code that shows no page: tests, scripts. */
export const readFlowHashInEnglish = (hash: string): FlowHash => readFlowHash(hash, flow.carry);
