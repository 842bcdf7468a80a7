/** Types for the CommonJS, untyped modules of the lexicon packages that sentiment uses. */
declare module '@nlpjs/lang-nl/src/stemmer-nl.js' {
  export default class StemmerNl {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-nl/src/sentiment/sentiment_nl.js' {
  const nl: { pattern: Record<string, number> };
  export default nl;
}

declare module 'sentiment/languages/en/index.js' {
  const en: { labels: Record<string, number> };
  export default en;
}
