import { describe, expect, it } from 'vitest';
import { listsCriteria } from '../../src/extract/criteria.js';
import { bothWidths } from './helpers.js';

/** A section's lead (its title and own text before its items), whether items follow it, and the answer. */
const leads: Array<{ text: string; items: boolean; expect: boolean }> = [
  // Diagnostic and eligibility lists: the items say who qualifies.
  { text: '慢性阻塞性肺疾病\n本市二、三级定点医疗机构确诊符合《诊疗常规》的慢性阻塞性肺病诊断标准:', items: true, expect: true },
  { text: '支气管哮喘\n确诊符合诊断标准,具有下列第(一)至(四)项或第(四)、(五)项指标:', items: true, expect: true },
  { text: '临床表现不典型者(如无明显喘息或体征),应至少具备以下1项试验阳性:', items: true, expect: true },
  { text: '多发性硬化症\n确诊符合以下标准:\n符合(一)至(三)项中一项指标。', items: true, expect: true },
  { text: '第二十四条 具有本市户籍且符合以下情形之一的服务对象可申请服务资助:', items: true, expect: true },
  { text: '服务评估机构应符合以下条件:', items: false, expect: true },
  { text: '有下列情形之一的,取消其见习基地资格:', items: true, expect: true },
  // Schedules of rates and payments.
  { text: '第六条 长护险缴费基数及费率标准如下:', items: true, expect: true },
  { text: '月缴费费率按以下标准执行:', items: true, expect: true },
  { text: '四、参保病人的基本医疗费用,统筹基金按以下比例支付', items: true, expect: true },
  // Goals, tasks and requirements introduced the same way are no criteria.
  { text: '主要目标\n到2025年,全市签约服务覆盖率达到以下目标:', items: true, expect: false },
  { text: '工作要求\n各区要做好以下工作:', items: true, expect: false },
  { text: '水质达标率达到95%以上,各项指标符合国家标准。', items: false, expect: false },
  { text: '建设标准\n新建机构应当符合国家建设标准。', items: false, expect: false },
  { text: '加强组织领导', items: true, expect: false },
  { text: '各区要有以下工作安排并按以下要求推进:', items: true, expect: false },
  { text: '主要指标如下:', items: true, expect: false },
];

describe('listsCriteria', () => {
  it.each(bothWidths(leads))('$text ($width) → $expect', ({ input, items, expect: want }) => {
    expect(listsCriteria(input, items)).toBe(want);
  });
});
