import { UserError } from '../../../shared/api/contract';
import { getPlanByNumber, upsertPlan } from '../../core/repos/targets';
import { openExisting, parse, printJson, required, say, UsageError } from '../args';

const USAGE = 'Dùng: plans add --db FILE --number SỐ --date dd/mm/yyyy --title "…" --from YYYY --to YYYY';

/** "18/01/2023" → "2023-01-18", refusing a date that does not exist. */
function isoDate(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const d = m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : null;
  if (!m || !d || d.getUTCDate() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1)
    throw new UserError(`Ngày ban hành "${text}" không hợp lệ: dùng dạng dd/mm/yyyy.`);
  return d.toISOString().slice(0, 10);
}

function year(text: string, flag: string): number {
  if (!/^\d{4}$/.test(text.trim()))
    throw new UserError(`Năm --${flag} "${text}" không hợp lệ: dùng dạng YYYY.`);
  return Number(text);
}

/** `plans add`: the document targets belong to (a plan of the People's Committee, or another one). */
export async function plansCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'add') throw new UsageError(USAGE);
  const { values } = parse(rest, {
    db: { type: 'string' },
    number: { type: 'string' },
    date: { type: 'string' },
    title: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  const number = required(values.number, 'number').trim().normalize('NFC');
  const title = required(values.title, 'title').trim().normalize('NFC');
  const issuedOn = isoDate(required(values.date, 'date'));
  const yearFrom = year(required(values.from, 'from'), 'from');
  const yearTo = year(required(values.to, 'to'), 'to');
  if (number.length > 60) throw new UserError('Số kế hoạch dài quá 60 ký tự.');
  if (!title) throw new UserError('Cần trích yếu (--title) của kế hoạch.');
  if (yearFrom > yearTo) throw new UserError(`Năm bắt đầu ${yearFrom} sau năm kết thúc ${yearTo}.`);
  const db = openExisting(required(values.db, 'db'));
  try {
    const existed = getPlanByNumber(db, number) !== null;
    upsertPlan(db, { number, issuedOn, title, yearFrom, yearTo });
    const plan = getPlanByNumber(db, number)!;
    say(
      `${existed ? 'Đã cập nhật' : 'Đã thêm'} kế hoạch số ${plan.number} (các năm ${plan.yearFrom}–${plan.yearTo}); đặt chỉ tiêu của kế hoạch này bằng "targets set --plan ${plan.number}".`,
    );
    if (values.json) printJson({ ok: true, plan });
    return 0;
  } finally {
    db.close();
  }
}
