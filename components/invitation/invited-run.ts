/**
 * The invitation an invited run ended with, kept with the results page's entry in the browser's
 * history. The address becomes the plain result link (the one a leader copies and sends), and
 * history state survives a reload of that entry, so "Send to <facilitator>" survives it too.
 */
const KEY = "outsideInInvite";

export function rememberInvite(token: string): void {
  const state: unknown = window.history.state;
  const kept = typeof state === "object" && state !== null ? state : {};
  window.history.replaceState({ ...kept, [KEY]: token }, "");
}

/** The invitation this history entry ended an invited run with, if any. */
export function rememberedInvite(): string | undefined {
  const state: unknown = window.history.state;
  if (typeof state !== "object" || state === null) return undefined;
  const token: unknown = Reflect.get(state, KEY);
  return typeof token === "string" ? token : undefined;
}
