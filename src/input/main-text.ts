/**
 * What is measured of a page element to decide whether it is (part of) the page's main text.
 * Characters are counted without white space.
 */
export interface MainTextInputs {
  /** Characters of the element's text. */
  chars: number;
  /** Of those, the characters inside links. */
  linkChars: number;
  /** Of those, the characters of its lines that the page also shows elsewhere. */
  repeatedChars: number;
  /** Sentence ends (。！？；) in its text. */
  sentenceEnds: number;
  /** Characters the page shows outside the element, link text aside. */
  outsideChars: number;
}

/** A block of prose this long, with sentences of its own, is text even where the rest of the page has an article too. */
export const MIN_PROSE = 100;
/** A block repeating this much of the page is a copy of it, not chrome that happens to repeat the title. */
export const MIN_COPY = 100;

/**
 * Is this element (part of) the page's main text? The one decision for hidden elements: a page
 * hiding its `<body>` or its article container until its scripts run still shows them to every
 * reader, while a hidden second copy, a hidden menu or a login block is no text of the document.
 * An element is main text when the text only it shows (neither links nor lines the page shows
 * elsewhere) is at least all the page shows outside it, or is a block of prose of its own: most of
 * its text, with sentences, and not links.
 * @example isMainText({ chars: 3000, linkChars: 0, repeatedChars: 0, sentenceEnds: 40, outsideChars: 0 }) // true: a hidden <body>
 * @example isMainText({ chars: 3000, linkChars: 0, repeatedChars: 2950, sentenceEnds: 40, outsideChars: 3200 }) // false: a hidden copy
 * @example isMainText({ chars: 60, linkChars: 50, repeatedChars: 0, sentenceEnds: 0, outsideChars: 3200 }) // false: a hidden menu
 */
export function isMainText(e: MainTextInputs): boolean {
  const own = Math.max(0, e.chars - e.linkChars - e.repeatedChars);
  if (own === 0) return false;
  if (own >= e.outsideChars) return true;
  return own >= MIN_PROSE && own * 2 >= e.chars && e.sentenceEnds >= 2 && e.linkChars * 2 < e.chars;
}

export type HiddenVerdict = 'content' | 'page-copy' | 'boilerplate';

/**
 * What a hidden element is: main text (kept as content), a copy of the page's text (`page-copy`),
 * or chrome (`boilerplate`: menus, login blocks, counters, a share snippet repeating the title).
 * @example hiddenVerdict({ chars: 3000, linkChars: 0, repeatedChars: 2950, sentenceEnds: 40, outsideChars: 3200 }) // 'page-copy'
 */
export function hiddenVerdict(e: MainTextInputs): HiddenVerdict {
  if (isMainText(e)) return 'content';
  return e.repeatedChars >= MIN_COPY && e.repeatedChars >= 0.8 * e.chars ? 'page-copy' : 'boilerplate';
}
