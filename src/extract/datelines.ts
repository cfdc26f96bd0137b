/**
 * Is the date at `[start, end)` of the text a dateline — the date a document is signed or a site
 * published it — rather than a date of work? A full date (year, month and day) that closes the
 * document's signature ("国务院办公厅\n2020年7月15日", "某某委员会 2022年3月1日(此件公开发布)"),
 * or a site's timestamp ("2022-09-16", "发布日期:2019年01月30日", "2025-03-28 16:55:56").
 * GOLD-FORMAT v2: dates of publication, signature and page chrome are no deadlines.
 * @example isDateline('…请认真贯彻执行。\n国务院办公厅\n2020年7月15日', 25, 35) // true
 * @example isDateline('各区要于2022年3月15日前报送。', 4, 14) // false (the date has 前 after it: the deadline's text stops short of it)
 */
export function isDateline(text: string, start: number, end: number): boolean {
  const date = text.slice(start, end);
  if (!FULL_DATE.test(date)) return false;
  // What stands before the date on its line, after the last sentence end (a flattened document is
  // one line: a bounded look back).
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - LOOK_BACK);
  const lineEnd = endOfLine(text, end);
  const before = text.slice(lineStart, start).split(/[。;；!！?？]/).pop()!.trim();
  const after = text.slice(end, Math.min(lineEnd, end + 40)).trim();
  if (!AFTER_DATELINE.test(after)) return false;
  return before === '' || ISSUER_BEFORE.test(before) || LABEL_BEFORE.test(before);
}

/** A date with its day: "2020年7月15日", "2019年01月30日", "2022-09-16", "二〇二二年三月十五日". */
const FULL_DATE = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|[二〇零○O一三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
/** After a dateline: nothing, a remark on the release, a time of day, or the next label of chrome. */
const AFTER_DATELINE = /^(?:|[(（]此件[^)）]{0,8}[)）].*|印发.*|\d{1,2}:\d{2}(?::\d{2})?.*|[\u4e00-\u9fff]{1,6}[:：].*|【.*)$/;
/** A body's name before the date on the signature line ("国务院办公厅 2020年7月15日"). */
const ISSUER_BEFORE = /(?:委员会|人民政府|政府|办公室|办公厅|委|局|办|厅|部|署|院|中心|党委|党组|协会|小组|秘书处)$/;
/** A site's date label ("发布日期:", "时间:", "成文日期:") or a listing's title before its date. */
const LABEL_BEFORE = /(?:日期|时间|[》」])[:：]?$/;

/** How far back a signature's name may stand before its date. */
const LOOK_BACK = 60;

/** The end of the line from `from`, looked for no further than a dateline's tail can reach. */
function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl > from + LOOK_BACK ? Math.min(text.length, from + LOOK_BACK) : nl;
}
