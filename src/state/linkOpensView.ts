/**
 * Whether the page was opened from a link that names something to show: a muscle (`m`), pain
 * marks (`p`), a mode (`o`) or a patient list (`k`), keys of `url.ts`. The app then opens on it,
 * not on the welcome that the first view (drawn at build time for a bare address) shows, so the
 * page's entry hides that welcome until the app runs instead of letting it be read and swapped.
 * Apart from url.ts so the page's tiny entry does not load the app's data with it.
 */
export function linkOpensView(search: string): boolean {
  const params = new URLSearchParams(search)
  return ['m', 'p', 'o', 'k'].some((key) => params.has(key))
}
