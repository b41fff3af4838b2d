declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** File name of the lazily loaded panel chunk, defined by widget/build.ts at build time. */
declare const __FAQCHAT_PANEL__: string;

/** Language code → file name of its string table chunk, defined by widget/build.ts for the panel build. */
declare const __FAQCHAT_TABLES__: Record<string, string>;

/** The site's crisis help line (knowledge/crisis.json `helpLine`), defined in vite.config.ts. */
declare const __FAQCHAT_HELP__: { text: string; contacts: import('./types.ts').HelpContact[] };
