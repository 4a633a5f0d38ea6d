import { UserError } from '../../../shared/api/contract';
import { formatRate } from '../../../shared/format/vi';
import { setTargetChecked } from '../../core/services/targets';
import { openExisting, parse, printJson, required, say, UsageError } from '../args';

export async function targetsCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'set')
    throw new UsageError(
      'Dùng: targets set --db FILE --unit CODE --indicator CODE --year YYYY --value V [--plan SỐ]',
    );
  const { values } = parse(rest, {
    db: { type: 'string' },
    unit: { type: 'string' },
    indicator: { type: 'string' },
    year: { type: 'string' },
    value: { type: 'string' },
    plan: { type: 'string' },
    json: { type: 'boolean' },
  });
  const yearText = required(values.year, 'year');
  if (!/^\d{4}$/.test(yearText)) throw new UserError(`Năm "${yearText}" không hợp lệ: dùng dạng YYYY.`);
  const valueText = required(values.value, 'value').trim().replace(',', '.');
  const value = Number(valueText);
  if (!/^\d+(\.\d+)?$/.test(valueText) || !Number.isFinite(value))
    throw new UserError(`Giá trị chỉ tiêu "${values.value}" không phải là số không âm.`);
  const db = openExisting(required(values.db, 'db'));
  try {
    const t = db.transaction(() =>
      setTargetChecked(db, {
        planNumber: values.plan,
        unit: required(values.unit, 'unit'),
        indicator: required(values.indicator, 'indicator'),
        year: Number(yearText),
        value,
      }),
    )();
    if (!t) throw new Error('target not saved');
    say(
      `Đã đặt chỉ tiêu ${t.indicator} năm ${t.year} cho đơn vị ${t.unitCode}: ${t.kind === 'rate' ? `${formatRate(t.value)}%` : t.value} ${t.fromDocument ? `(theo kế hoạch ${t.planNumber})` : `(do BHXH tỉnh xác định, không ghi tên kế hoạch; hiển thị cùng kế hoạch ${t.planNumber} đang áp dụng)`}.`,
    );
    if (values.json) printJson({ ok: true, target: t });
    return 0;
  } finally {
    db.close();
  }
}
