/**
 * URL-anchor slug of a heading or question: lower case, accents and punctuation dropped, words
 * joined by `-`. Stable, so `url#slug` links keep working across rebuilds.
 *
 * @example slug('Immediate effects; rapid Onset of Action') // 'immediate-effects-rapid-onset-of-action'
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '') || 'section';
}
