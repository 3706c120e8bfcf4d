import type { ClassificationWorking, HardshipFile, HardshipFileSummary } from '@bangfu/shared/hardship-files';
import { isoFromPgTimestamp } from '../../lib/pg-timestamp';
import type { FileParts, FileRow } from './hardship-files.repo';
import { decodePerson } from './person-codec';

export type SummaryRow = Pick<
  FileRow,
  | 'id' | 'fileNo' | 'orgId' | 'orgName' | 'status' | 'category' | 'proposedCategory' | 'householdType' | 'origin' | 'mainCause'
  | 'headName' | 'headIdMasked' | 'householdSize' | 'reviewDueOn' | 'lastReviewedOn'
> & {
  /** a number, or a bigint as the search's driver returns it (text from node-postgres) */
  mpcnFen: number | string | bigint;
  /** a Date, or the text PostgreSQL prints (the search reads it as text, db/statement.ts) */
  updatedAt: Date | string;
};

export function toSummary(r: SummaryRow): HardshipFileSummary {
  return {
    id: r.id,
    fileNo: r.fileNo,
    orgId: r.orgId,
    orgName: r.orgName,
    status: r.status as HardshipFileSummary['status'],
    category: r.category as HardshipFileSummary['category'],
    proposedCategory: r.proposedCategory as HardshipFileSummary['proposedCategory'],
    householdType: r.householdType as HardshipFileSummary['householdType'],
    origin: r.origin as HardshipFileSummary['origin'],
    mainCause: r.mainCause,
    headName: r.headName,
    headIdMasked: r.headIdMasked,
    householdSize: r.householdSize,
    mpcnFen: typeof r.mpcnFen === 'number' ? r.mpcnFen : Number(r.mpcnFen),
    reviewDueOn: r.reviewDueOn,
    lastReviewedOn: r.lastReviewedOn,
    updatedAt: typeof r.updatedAt === 'string' ? isoFromPgTimestamp(r.updatedAt) : r.updatedAt.toISOString(),
  };
}

/** The whole file, masked: nothing here needs a decryption key. */
export function toHardshipFile(r: FileRow, parts: FileParts, today: string): HardshipFile {
  return {
    ...toSummary(r),
    secondaryCauses: r.secondaryCauses,
    housingType: r.housingType,
    housingAreaM2: r.housingAreaM2,
    singleParent: r.singleParent,
    zeroEmployment: r.zeroEmployment,
    onDibao: r.onDibao,
    dibaoMonthlyFen: r.dibaoMonthlyFen,
    bankName: r.bankName,
    bankCardMasked: r.bankCardMasked,
    exclusions: {
      multipleHomes: false,
      ownsBusiness: false,
      privateSchoolOrAbroad: false,
      privateCar: false,
      idleByChoice: false,
      ...r.exclusions,
    },
    migrant: r.migrant,
    notes: r.notes,
    members: parts.members.map((m) => decodePerson(m, today)),
    incomes: parts.incomes.map((i) => ({
      id: i.id,
      personId: i.personId,
      type: i.type as HardshipFile['incomes'][number]['type'],
      amountFen: i.amountFen,
      period: i.period as 'monthly' | 'annual' | 'once',
      excluded: i.excluded,
      evidence: i.evidence,
    })),
    expenses: parts.expenses.map((e) => ({
      id: e.id,
      type: e.type as HardshipFile['expenses'][number]['type'],
      amountFen: e.amountFen,
      period: e.period as 'monthly' | 'annual' | 'once',
      evidence: e.evidence,
    })),
    classification: r.classification as ClassificationWorking | null,
    categoryBasis: r.categoryBasis as ClassificationWorking | null,
    categoryConfirmedBy: r.categoryConfirmedBy,
    categoryConfirmedAt: r.categoryConfirmedAt?.toISOString() ?? null,
    exitType: r.exitType as HardshipFile['exitType'],
    exitedOn: r.exitedOn,
    exitEvidence: r.exitEvidence,
    previousFileId: r.previousFileId,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdByName,
  };
}
