export { common } from "./common";
export { team } from "./team";
export { teamInput } from "./team-input";
export { workshop } from "./workshop";
