import { useState } from "react";

/**
 * Copies text to the clipboard and says how it went, in a status line a screen reader announces:
 * `done`, or `blocked` when the browser refuses.
 */
export function useCopy(
  done: string,
  blocked = "Copying was blocked by the browser: select the link and copy it by hand.",
) {
  const [status, setStatus] = useState("");
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(blocked);
    }
  };
  return { status, setStatus, copy };
}
