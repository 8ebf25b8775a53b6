import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Each test starts from an empty document: what one renders must not answer another's query.
afterEach(() => {
  cleanup();
  document.body.innerHTML = "";
  localStorage.clear();
});
