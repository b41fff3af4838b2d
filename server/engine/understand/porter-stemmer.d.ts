// The Porter stemmer that ships inside wink-eng-lite-web-model (the model wink uses for `its.stem`);
// the package has no typings for it.
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: (word: string) => string;
  export default stem;
}
