/**
 * A minimal, linear-time XML event reader for the machine-written XML inside DOCX and OFD packages
 * (WordprocessingML, OFD pages). A DOM of a 200-page document.xml costs far more than these readers
 * need: they follow a few elements in order. Comments, processing instructions, CDATA and DOCTYPE
 * are skipped; entities are decoded in text and attribute values.
 */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

// One token at a time from the current position; `[^>]*` cannot backtrack across tokens.
const TOKEN = /<(?<close>\/)?(?<name>[A-Za-z_][\w:.-]*)(?<attrs>[^>]*?)(?<self>\/)?>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[(?<cdata>[\s\S]*?)\]\]>|<![^>]*>|(?<text>[^<]+)/g;
const ATTR = /(?<key>[\w:.-]+)\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)')/g;
const ENTITY = /&(?:#(?<dec>\d{1,7})|#x(?<hex>[0-9a-fA-F]{1,6})|(?<named>lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML character and entity references. @example decodeEntities('a &amp; b &#x4E00;') // 'a & b 一' */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, _d, _h, _n, _o, _s, groups: Record<string, string | undefined>) => {
    if (groups.named) return NAMED[groups.named]!;
    const code = groups.dec ? Number(groups.dec) : parseInt(groups.hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The attributes of a start tag's attribute text. */
export function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s.includes('=')) return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) out[m.groups!.key!] = decodeEntities(m.groups!.dq ?? m.groups!.sq ?? '');
  return out;
}

/**
 * Walks `xml`, calling the handler for each start tag, end tag and text run, in document order.
 * @example readXml('<w:t>一、</w:t>', { open: () => {}, close: () => {}, text: (t) => console.log(t) }) // logs '一、'
 */
export function readXml(xml: string, handler: XmlHandler): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const g = m.groups!;
    if (g.text !== undefined) handler.text(decodeEntities(g.text));
    else if (g.cdata !== undefined) handler.text(g.cdata);
    else if (g.name !== undefined) {
      if (g.close) handler.close(g.name);
      else {
        const self = Boolean(g.self);
        handler.open(g.name, attributes(g.attrs ?? ''), self);
        if (self) handler.close(g.name);
      }
    }
  }
}
