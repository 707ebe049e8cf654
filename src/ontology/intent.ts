/**
 * CAMEO's parallel codes: an intended cooperative act is coded in 03 (intent to cooperate), an intended
 * or threatened hostile act in 13 (threaten). "pledged to provide economic aid" is 0331, not 071;
 * "threatened to attack" is 1384, not 190.
 */

const INTENT_LEAF: Readonly<Record<string, string>> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '081': '0351', '082': '0352', '083': '034', '084': '0353', '085': '0354', '086': '0355', '087': '0356',
};
const INTENT_ROOT: Readonly<Record<string, string>> = { '03': '', '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };

const THREAT_LEAF: Readonly<Record<string, string>> = {
  '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
  '172': '132', '191': '1381', '192': '1382', '2041': '1385', '2042': '1385',
};
const THREAT_ROOT: Readonly<Record<string, string>> = {
  '14': '133', '15': '138', '16': '131', '17': '137', '18': '1383', '19': '1384', '20': '1385',
};

/** The 03 code expressing intent to do `code`, or null when the act is not cooperative (01–02, 09–20). */
export function intentCode(code: string): string | null {
  const root = code.slice(0, 2);
  if (!(root in INTENT_ROOT)) return null;
  if (root === '03') return code;
  return INTENT_LEAF[code.slice(0, 3)] ?? INTENT_ROOT[root] ?? null;
}

/** The 13 code threatening `code`, or null when the act is not coercive (01–13). */
export function threatCode(code: string): string | null {
  const root = code.slice(0, 2);
  if (root === '13') return code;
  if (!(root in THREAT_ROOT)) return null;
  return THREAT_LEAF[code] ?? THREAT_LEAF[code.slice(0, 3)] ?? THREAT_ROOT[root] ?? null;
}

const DEMAND_LEAF: Readonly<Record<string, string>> = {
  '061': '1011', '062': '1012', '063': '1013', '064': '1014',
  '071': '1031', '072': '1032', '073': '1033', '074': '1034',
  '081': '1051', '082': '1052', '083': '104', '084': '1053', '085': '1054', '086': '1055', '087': '1056',
  '0831': '1041', '0832': '1042', '0833': '1043', '0834': '1044',
};
const DEMAND_ROOT: Readonly<Record<string, string>> = { '04': '106', '05': '102', '06': '101', '07': '103', '08': '105' };

/** The 10 code demanding that the target do `code` ("Iraq must cooperate" → 101); 100 when nothing closer fits. */
export function demandCode(code: string | null): string {
  if (code === null) return '100';
  return DEMAND_LEAF[code.slice(0, 4)] ?? DEMAND_LEAF[code.slice(0, 3)] ?? DEMAND_ROOT[code.slice(0, 2)] ?? '100';
}

const REJECT_LEAF: Readonly<Record<string, string>> = {
  '031': '121', '0311': '1211', '0312': '1212', '033': '122', '0331': '1221', '0332': '1222', '0333': '1223', '0334': '1224',
  '034': '123', '035': '124', '0351': '1241', '0352': '1242', '0353': '1243', '0354': '1244', '0355': '1245', '0356': '1246',
  '036': '125', '037': '127', '038': '126', '039': '126', '057': '127',
  '061': '1211', '062': '1212', '071': '1221', '072': '1222', '073': '1223', '074': '1224',
  '081': '1241', '082': '1242', '083': '123', '084': '1243', '085': '1244', '086': '1245', '087': '1246',
};
const REJECT_ROOT: Readonly<Record<string, string>> = { '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };

// Praise, verbal support, apology and forgiveness not given are only not given: "did not apologize" is no
// rejection of anything (a negated act), unlike "refused to meet" or "will not admit the migrants".
const NOT_REFUSED: ReadonlySet<string> = new Set(['051', '052', '055', '056']);

/**
 * The 12 code for declining a cooperative act ("will not admit the migrants", "refused to meet", "failed to
 * reach agreement"), or null when the act is not cooperative: a negated attack stays a negated attack.
 */
export function rejectCode(code: string): string | null {
  const root = code.slice(0, 2);
  if (!(root in REJECT_ROOT) || NOT_REFUSED.has(code.slice(0, 3))) return null;
  return REJECT_LEAF[code] ?? REJECT_LEAF[code.slice(0, 3)] ?? REJECT_ROOT[root] ?? null;
}
