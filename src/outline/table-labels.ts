/**
 * Column labels of indicator tables: the indicator catalogues and monitoring tables that Chinese
 * government plans and assessment schemes attach (考核指标, 监测指标体系, 主要指标 boxes of a
 * 规划). Source: the header rows of such tables in national and provincial documents (国务院办公厅
 * 三级公立医院绩效考核指标; 家庭医生签约服务质量监测指标体系; 五年规划 主要指标 专栏), read as
 * vocabulary: a table whose header holds two of them lists indicators, not work.
 */
export const INDICATOR_LABELS: readonly string[] = [
  '一级指标', '二级指标', '三级指标', '指标名称', '指标内容', '指标说明', '指标含义', '指标定义', '指标性质', '指标属性', '指标类型',
  '指标值', '目标值', '基期值', '现状值', '预期值', '计算方法', '计算公式', '评价标准', '考核标准', '评分标准', '数据来源', '指标来源',
  '指标', '属性', '分值', '权重',
];

/** Longest label first, so that "一级指标" is read before "指标". */
const BY_LENGTH = [...INDICATOR_LABELS].sort((a, b) => b.length - a.length);

/** Prose: a window with a comma, a full stop or a semicolon is running text, not a table's header. */
const PROSE = /[,，。;；]/;
/** A year column of an indicator table: its base year and its target year ("2015年", "2020年"). */
const YEAR_COLUMN = /(?:19|20)\d{2}年/g;

/**
 * Is this the start of an indicator table? `header` is the table's first line (or, in text
 * flattened into one line, the words after its title): three different indicator labels or year
 * columns — or two, where the table's or the annex's title names indicators (…主要指标, …指标体系).
 * A header has no sentence punctuation. Spaces are ignored: exports spread a header over cells or
 * glue its cells together ("指  标2015年2020年属性", "一级指标 二级指标").
 * @example isIndicatorTable('附件1 质量监测指标体系', '一级指标\t二级指标\t评价标准\t数据来源') // true
 * @example isIndicatorTable('附件2 任务分工表', '序号\t重点任务\t牵头单位\t完成时限') // false
 */
export function isIndicatorTable(title: string, header: string): boolean {
  if (PROSE.test(header)) return false;
  let rest = header.replace(/\s+/g, '');
  let hits = 0;
  for (const label of BY_LENGTH) {
    const i = rest.indexOf(label);
    if (i < 0) continue;
    hits++;
    // Each place is read once: "一级指标" does not also count as "指标".
    rest = rest.slice(0, i) + '\u0000'.repeat(label.length) + rest.slice(i + label.length);
  }
  hits += Math.min(2, (rest.match(YEAR_COLUMN) ?? []).length);
  return hits >= 3 || (hits >= 2 && title.includes('指标'));
}

/** The header of a table starting at `from`: its first non-blank line, at most {@link HEADER_CHARS} characters. */
export function headerAt(text: string, from: number): string {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const nl = text.indexOf('\n', i);
  return text.slice(i, Math.min(nl < 0 ? text.length : nl, i + HEADER_CHARS));
}

const HEADER_CHARS = 48;
