/** Chinese labels of the API's codes, for what it writes for people: ledger memos, bank files, XLSX reports. */

export const AID_TYPE_LABELS: Record<string, string> = {
  living: '生活救助',
  medical: '医疗救助',
  education: '助学',
  training: '职业培训',
  job_referral: '职业介绍',
  legal_aid: '法律援助',
  sending_warmth: '送温暖',
  temporary: '临时救助',
};

export const FUND_SOURCE_LABELS: Record<string, string> = {
  central_fiscal: '中央财政',
  provincial_fiscal: '省级财政',
  local_fiscal: '地方财政',
  union_funds: '工会经费',
  donation: '社会捐助',
  interest: '利息收入',
  other: '其他',
};
