/**
 * Starts an enhancer island (see enhancers.ts) on every instance on the page. Kept apart from
 * mount.tsx, which imports React DOM: an enhancer's page loads no React.
 */
export function enhanceIsland(name: string, start: (root: HTMLElement) => void): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) start(root);
}
