import type { Document, Section } from '../../src/schema/document.js';

/** A task list plan with a task division table: outline four levels deep, 牵头 and 配合 columns, deadlines. */
export const PLAN = [
  '某某市深化营商环境改革工作方案',
  '为贯彻落实国家和省有关部署，制定本方案。',
  '一、总体要求',
  '（一）指导思想',
  '坚持以人民为中心，持续优化营商环境。',
  '（二）工作目标',
  '到2025年底，企业开办时间压缩至1个工作日以内，政务服务事项网上可办率达到98%以上。',
  '二、重点任务',
  '（一）优化企业开办服务',
  '1.推行企业开办一网通办，2024年6月底前实现全流程网上办理。（市市场监管局牵头，市政务服务数据管理局配合）',
  '2.压减涉企审批事项，2024年底前完成清理。（市司法局负责）',
  '（二）提升监管效能',
  '1.全面推行“双随机、一公开”监管。（市市场监管局、市发展改革委按职责分工负责）',
  '三、保障措施',
  '各区、各部门要加强组织领导，于每季度末报送工作进展。',
  '附件：重点任务分工表',
  '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
  '1\t建设企业开办综合服务平台\t市政务服务数据管理局\t市市场监管局、市税务局\t2024年9月底前',
  '2\t开展营商环境评价\t市发展改革委\t各区人民政府\t2024年12月底前',
  '3\t推进工程建设项目审批改革\t市住房城乡建设局\t市自然资源局、市生态环境局\t2025年6月底前',
].join('\n');

/** What must be the same whatever the format: the outline, the tasks and what was found in them. */
export function essence(doc: Document) {
  const walk = (s: Section[]): string[] => s.flatMap((x) => [`${x.marker}${x.title}`, ...walk(x.children)]);
  return {
    outline: walk(doc.sections),
    tasks: doc.tasks.map((t) => ({
      path: t.path,
      units: t.units.map((u) => `${u.role}:${u.name}`),
      deadlines: t.deadlines.map((d) => `${d.kind}:${d.end}`),
      targets: t.targets.map((g) => `${g.comparator}${g.value}${g.unit ?? ''}`),
    })),
  };
}

/** Every span of a document, and the text it covers in `text`. */
export function spans(doc: Document): Array<{ span: [number, number]; text: string }> {
  const out: Array<{ span: [number, number]; text: string }> = [];
  for (const t of doc.tasks) {
    out.push({ span: t.span, text: t.text });
    for (const d of t.deadlines) out.push({ span: d.span, text: d.text });
    for (const u of t.units) out.push({ span: u.span, text: u.name });
  }
  return out;
}
