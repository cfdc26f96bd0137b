declare module 'chinese-numbers-converter' {
  export default class ChineseNumber {
    constructor(text: string);
    toInteger(): number;
    toArabicString(): string;
  }
}
