export { common } from "./common";
export { results } from "./results";
export { report } from "./report";
export { compare } from "./compare";
export { link } from "./link";
