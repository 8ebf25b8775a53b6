export { common } from "./common";
export { chrome } from "./chrome";
export { pages } from "./pages";
export { articles } from "./articles";
