/**
 * The figures of tests/fixtures/samples/tong-hop-toan-tinh-2024-03.xlsx (its README), by unit code:
 * labor_force, bhxh_compulsory, bhxh_voluntary, bhtn. The e2e tests check the screens against them.
 */
export const SAMPLE_MONTH = '2024-03';

export const SAMPLE_FIGURES: Record<string, [number, number, number, number]> = {
  '622': [151237, 46669, 4299, 39414],
  '623': [40344, 5079, 862, 4027],
  '624': [25044, 3532, 575, 2679],
  '627': [44915, 3023, 851, 2270],
  '632': [70305, 3849, 1141, 2774],
  '639': [44005, 2079, 664, 1497],
  '633': [70655, 4668, 1347, 3449],
  '626': [75083, 4240, 1248, 3044],
  '634': [26769, 1488, 490, 992],
  '631': [45877, 3545, 788, 2888],
  '628': [61814, 3829, 989, 2874],
  '635': [33002, 1286, 407, 844],
  '625': [44676, 2746, 702, 1891],
  '630': [29585, 1375, 387, 899],
  '637': [51800, 2279, 687, 1511],
  '629': [41542, 2252, 675, 1600],
  '638': [47671, 2174, 776, 1487],
};

/** Province figures: counts summed, rates recomputed from the sums. */
export function provinceTotals() {
  let lf = 0,
    bb = 0,
    tn = 0,
    bhtn = 0;
  for (const [a, b, c, d] of Object.values(SAMPLE_FIGURES)) {
    lf += a;
    bb += b;
    tn += c;
    bhtn += d;
  }
  return {
    laborForce: lf,
    participants: bb + tn,
    bhtn,
    bhxhCoverage: ((bb + tn) / lf) * 100,
    bhtnCoverage: (bhtn / lf) * 100,
  };
}
