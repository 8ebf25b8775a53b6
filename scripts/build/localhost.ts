/** An absolute address on this machine: what Next writes when it has to guess a site's host. */
const LOCAL_ADDRESS = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?(?=[/"'<\s]|$)/i;

export function mentionsLocalhost(text: string): boolean {
  return LOCAL_ADDRESS.test(text);
}
