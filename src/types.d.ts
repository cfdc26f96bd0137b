declare module 'chinese-numbers-converter' {
  export default class ChineseNumber {
    constructor(text: string);
    toInteger(): number;
    toArabicString(): string;
  }
}

declare module 'word-extractor' {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
