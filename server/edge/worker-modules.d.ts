/**
 * Types of the knowledge build files server/edge/worker.ts bundles, for a checkout where
 * `npm run build:knowledge` has not run yet (build/ is git-ignored): `tsc` then still passes. When
 * the files exist, TypeScript reads them instead.
 */
declare module '*/build/knowledge/corpus.json' {
  const corpus: import('../engine/types.ts').Corpus;
  export default corpus;
}

declare module '*/build/knowledge/site.json' {
  const site: import('../engine/site.ts').SiteData;
  export default site;
}

declare module '*/build/knowledge/index.json' {
  /** MiniSearch `toJSON()` output; the worker turns it back into the string createEngine() takes. */
  const index: Record<string, unknown>;
  export default index;
}
