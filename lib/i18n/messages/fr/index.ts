export { common } from "./common";
export { chrome } from "./chrome";
export { pages } from "./pages";
export { articles } from "./articles";
export { results } from "./results";
export { report } from "./report";
export { compare } from "./compare";
export { link } from "./link";
