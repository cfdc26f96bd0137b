import { rng } from './helpers.js';

/**
 * Generated work plans (工作要点): the stock phrases, headings and vocabulary every plan of a
 * health commission shares, with the tasks drawn at random. Two plans of the same city and year
 * from different seeds are different plans that look alike; {@link variant} re-posts one plan.
 */
const HEADINGS = ['坚持党建引领,全面加强党的建设', '深化医药卫生体制改革', '加强公共卫生体系建设', '提升医疗服务能力', '推进中医药传承创新发展',
  '加强基层卫生健康服务', '做好重点人群健康服务', '推进健康城市建设', '加强卫生健康人才队伍建设', '强化综合监管和安全生产'];
const VERBS = ['推进', '完善', '加强', '落实', '健全', '深化', '提升', '开展', '建立', '实施', '巩固', '扩大'];
const OBJECTS = ['分级诊疗制度建设', '紧密型县域医共体建设', '家庭医生签约服务', '公立医院综合改革', '基本公共卫生服务', '药品集中带量采购',
  '医疗服务价格改革', '健康档案管理', '远程医疗服务体系', '基层医疗卫生机构服务能力', '重大疾病防控', '卫生人才队伍建设', '医保支付方式改革',
  '妇幼健康服务', '老年健康服务体系', '职业病防治', '爱国卫生运动', '中医药服务能力', '院前急救体系', '医疗质量安全管理'];
const MEANS = ['健全工作机制', '完善配套政策', '强化督导考核', '加大资金投入', '加强信息化支撑', '优化服务流程', '压实工作责任', '加强部门协作'];
const UNITS = ['市人民医院', '市中医院', '市疾控中心', '各县区卫生健康局', '市妇幼保健院', '委属各单位', '市医保局', '市财政局'];
const METRICS = ['签约服务率', '县域内就诊率', '规范管理率', '预约诊疗率', '健康档案建档率', '基层诊疗量占比', '门诊患者满意度'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface Plan { notice: string; body: string }

export function workPlan(seed: number, { city = '定西市', year = 2022, items = 40 } = {}): Plan {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const lines = [
    `${year}年${city}卫生健康工作要点`,
    `${year}年,全市卫生健康工作的总体要求是:以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大和十九届历次全会精神,坚持以人民健康为中心,坚持新时代卫生健康工作方针,深化医药卫生体制改革,推动卫生健康事业高质量发展。`,
  ];
  let n = 1;
  const perSection = Math.ceil(items / HEADINGS.length);
  HEADINGS.forEach((h, k) => {
    lines.push(`${CN[k]}、${h}`);
    for (let i = 0; i < perSection && n <= items; i++, n++) {
      const lo = int(2, 80);
      lines.push(`${n}.${pick(VERBS)}${pick(OBJECTS)}。${pick(MEANS)},${pick(VERBS)}${pick(OBJECTS)},由${pick(UNITS)}负责,${int(1, 12)}月底前${pick(['完成', '启动', '实现'])}${pick(OBJECTS)}${pick(['任务', '工作', '目标'])},确保${pick(METRICS)}达到${int(60, 98)}%以上,新建${lo}-${lo + int(5, 40)}个${pick(['示范点', '专科联盟', '家庭医生团队', '医学中心'])}。`);
    }
  });
  const notice = [`${city}卫生健康委员会关于印发${year}年全市卫生健康工作要点的通知`, `${city.slice(0, 2)}卫办发〔${year}〕${int(1, 40)}号`,
    '各县区卫生健康局,市直各医疗卫生单位:', `现将《${year}年全市卫生健康工作要点》印发给你们,请结合实际,认真抓好落实。`, `${city}卫生健康委员会`, `${year}年2月27日`].join('\n');
  return { notice, body: lines.join('\n') };
}

/**
 * The same plan re-posted: another article title and dates, no covering notice, line breaks
 * elsewhere (two lines in every `joinEvery` joined, one in every `splitEvery` split in the
 * middle) and ranges written with an em dash.
 */
export function variant(plan: Plan, { seed = 7, joinEvery = 6, splitEvery = 5, dashes = true } = {}): string {
  const r = rng(seed);
  const lines = plan.body.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    if (dashes) l = l.replace(/(\d)-(\d)/g, '$1—$2');
    if (i % splitEvery === 2 && l.length > 40) { const at = 10 + Math.floor(r() * (l.length - 20)); out.push(l.slice(0, at), l.slice(at)); continue; }
    if (i % joinEvery === 3 && i + 1 < lines.length) { out.push(l + lines[++i]!.replace(/(\d)-(\d)/g, dashes ? '$1—$2' : '$1-$2')); continue; }
    out.push(l);
  }
  return out.join('\n');
}

/** A compilation of articles as sample-essay sites print them: "篇一:<site label>" before each. */
export function compilation(articles: string[], label = '县域医共体建设的十大要点'): string {
  return articles.map((a, k) => `篇${CN[k]}:${label}\n\n${a}`).join('\n\n');
}
