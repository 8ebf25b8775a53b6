export { common } from "./common";
export { flow } from "./flow";
export { estimate } from "./estimate";
export { latest } from "./latest";
export { overview } from "./overview";
export { invitation } from "./invitation";
