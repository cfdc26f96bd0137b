import { createHash } from 'node:crypto';
import { Document, type Deadline, type Target, type Unit } from '../../src/schema/document.js';

/**
 * A realistic parsed 工作要点, built by hand so the report can be tested before extraction fills
 * `tasks`: nested sections, tasks with deadlines, units of every role and targets, a placeholder
 * deadline, a removed page copy, diagnostics with and without spans. Every span is computed by
 * finding its text, in code points — and the text has astral characters (𠮷, U+20BB7) before
 * most spans, so a UTF-16 slip shows. Edge cases on purpose: a target that contains a deadline,
 * a diagnostic that crosses a unit's boundary, and hostile markup in the text and the title.
 */
export const HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

export const SOURCE = [
  '𠮷安市卫生健康委员会关于印发《2022年县域医共体建设工作要点》的通知',
  '𠮷卫办发〔2022〕13号',
  '各县(市、区)卫生健康局：',
  '现将《2022年县域医共体建设工作要点》印发给你们，请认真贯彻落实。',
  '一、总体要求',
  '以习近平新时代中国特色社会主义思想为指导，推进紧密型县域医共体建设，让群众就近享有优质服务。',
  '二、重点任务',
  '(一)健全管理体制',
  '1.完善医共体理事会制度，6月底前出台章程，由市卫生健康委牵头，市财政局、市医保局配合。',
  '2.建立“县管乡用”人才机制，9月底前完成，各县(市、区)人民政府负总责。',
  '(二)提升服务能力',
  '3.到2022年底，县域内就诊率达到90%以上，基层就诊率提高5个百分点。责任单位：市卫生健康委。',
  '4.推进𠮷祥镇卫生院标准化建设，第三季度完成，由𠮷安县卫生健康局牵头。',
  '第1页 共2页',
  '三、保障措施',
  '(一)加强考核',
  `5.将医共体建设纳入年度考核，X月底前完成评估，考核优秀率不低于X%。对含有${HOSTILE}的网页\u2028转载稿，10月底前清理，由市委网信办牵头。`,
  '(二)强化宣传',
  '6.及时总结推广典型经验。',
  '4.推进𠮷祥镇卫生院标准化建设，第三季度完成，由𠮷安县卫生健康局牵头。',
  '',
].join('\n');

const chars = Array.from(SOURCE);

/** The code-point span of the `nth` occurrence of `needle` at or after code point `from`. */
export function spanOf(needle: string, from = 0, nth = 1): [number, number] {
  const needleChars = Array.from(needle);
  let found = 0;
  for (let i = from; i + needleChars.length <= chars.length; i++) {
    if (needleChars.every((c, k) => chars[i + k] === c) && ++found === nth) return [i, i + needleChars.length];
  }
  throw new Error(`not in the synthetic source: ${needle}`);
}

const lineOf = (start: string) => spanOf(start)[0];
const to = (start: string, endExclusive: string): [number, number] => [lineOf(start), lineOf(endExclusive)];

function deadline(text: string, from: number, d: Partial<Deadline> & Pick<Deadline, 'kind' | 'precision'>): Deadline {
  return { text, span: spanOf(text, from), start: null, end: null, yearSource: 'document', ...d };
}
const unit = (name: string, role: Unit['role'], from: number): Unit => ({ name, role, span: spanOf(name, from) });
function target(text: string, from: number, t: Omit<Target, 'text' | 'span'>): Target {
  return { text, span: spanOf(text, from), ...t };
}

function task(id: string, sectionId: string, path: string[], line: string, extract: (from: number) => Pick<Document['tasks'][number], 'deadlines' | 'units' | 'targets'>) {
  const span = spanOf(line);
  const text = line.replace(/^\d+\./u, '');
  return { id, sectionId, path, text, span: [span[0] + (Array.from(line).length - Array.from(text).length), span[1]] as [number, number], ...extract(span[0]) };
}

const L = SOURCE.split('\n');
const P2 = ['二、重点任务'];
const P3 = ['三、保障措施'];

/** The synthetic document, checked against the contract's schema. */
export function syntheticDocument(): Document {
  const t5line = L[16]!;
  return Document.parse({
    schemaVersion: '1',
    source: {
      path: 'fixtures/synthetic/𠮷安-工作要点.txt', format: 'text', encoding: 'utf-8',
      bytes: Buffer.byteLength(SOURCE), sha256: createHash('sha256').update(SOURCE).digest('hex'), text: SOURCE,
    },
    meta: { title: `2022年县域医共体建设工作要点 <b>${'&amp;'}</b>`, docNumber: '𠮷卫办发〔2022〕13号', issuer: '𠮷安市卫生健康委员会', year: 2022 },
    sections: [
      { id: 's1', level: 1, marker: '一、', style: 'cn-dun', ordinal: 1, title: '总体要求', span: to('一、总体要求', '二、重点任务'), children: [] },
      { id: 's2', level: 1, marker: '二、', style: 'cn-dun', ordinal: 2, title: '重点任务', span: to('二、重点任务', '三、保障措施'), children: [
        { id: 's2.1', level: 2, marker: '(一)', style: 'cn-paren', ordinal: 1, title: '健全管理体制', span: to('(一)健全管理体制', '(二)提升服务能力'), children: [] },
        { id: 's2.2', level: 2, marker: '(二)', style: 'cn-paren', ordinal: 2, title: '提升服务能力', span: to('(二)提升服务能力', '第1页 共2页'), children: [] },
      ] },
      { id: 's3', level: 1, marker: '三、', style: 'cn-dun', ordinal: 3, title: '保障措施', span: [lineOf('三、保障措施'), spanOf(L[18]!)[1]], children: [
        { id: 's3.1', level: 2, marker: '(一)', style: 'cn-paren', ordinal: 1, title: '加强考核', span: to('(一)加强考核', '(二)强化宣传'), children: [] },
        { id: 's3.2', level: 2, marker: '(二)', style: 'cn-paren', ordinal: 2, title: '强化宣传', span: spanOf(`${L[17]}\n${L[18]}`), children: [] },
      ] },
    ],
    tasks: [
      task('t1', 's2.1', [...P2, '(一)健全管理体制'], L[8]!, (f) => ({
        deadlines: [deadline('6月底前', f, { kind: 'by', end: '2022-06-30', precision: 'month' })],
        units: [unit('市卫生健康委', 'lead', f), unit('市财政局', 'support', f), unit('市医保局', 'support', f)],
        targets: [],
      })),
      task('t2', 's2.1', [...P2, '(一)健全管理体制'], L[9]!, (f) => ({
        deadlines: [deadline('9月底前', f, { kind: 'by', end: '2022-09-30', precision: 'month' })],
        units: [unit('各县(市、区)人民政府', 'responsible', f)],
        targets: [],
      })),
      task('t3', 's2.2', [...P2, '(二)提升服务能力'], L[11]!, (f) => ({
        deadlines: [deadline('到2022年底', f, { kind: 'by', end: '2022-12-31', precision: 'year', yearSource: 'explicit' })],
        units: [unit('市卫生健康委', 'responsible', f)],
        targets: [
          target('到2022年底，县域内就诊率达到90%以上', f, { metric: '县域内就诊率', comparator: '>=', value: 90, unit: '%' }),
          target('基层就诊率提高5个百分点', f, { metric: '基层就诊率', comparator: 'increase', value: 5, unit: '个百分点' }),
        ],
      })),
      task('t4', 's2.2', [...P2, '(二)提升服务能力'], L[12]!, (f) => ({
        deadlines: [deadline('第三季度', f, { kind: 'during', start: '2022-07-01', end: '2022-09-30', precision: 'quarter' })],
        units: [unit('𠮷安县卫生健康局', 'lead', f)],
        targets: [],
      })),
      task('t5', 's3.1', [...P3, '(一)加强考核'], t5line, (f) => ({
        deadlines: [
          deadline('X月底前', f, { kind: 'by', precision: 'month', yearSource: 'none', placeholder: true }),
          deadline('10月底前', f, { kind: 'by', end: '2022-10-31', precision: 'month' }),
        ],
        units: [unit('市委网信办', 'lead', f)],
        targets: [target('考核优秀率不低于X%', f, { metric: '考核优秀率', comparator: '>=', value: null, unit: '%', placeholder: true })],
      })),
      task('t6', 's3.2', [...P3, '(二)强化宣传'], L[18]!, () => ({ deadlines: [], units: [], targets: [] })),
    ],
    copies: [
      { kind: 'boilerplate', span: spanOf('第1页 共2页'), note: 'page footer' },
      { kind: 'page-copy', span: spanOf(L[12]!, 0, 2), of: spanOf(L[12]!), similarity: 1 },
    ],
    diagnostics: [
      { severity: 'warning', code: 'numbering-gap', message: '(二) expected after (一) in 三、', span: [spanOf('完成评估')[0], spanOf('考核优秀率')[1]] },
      { severity: 'info', code: 'year-from-title', message: 'plan year 2022 taken from the title' },
    ],
  });
}
