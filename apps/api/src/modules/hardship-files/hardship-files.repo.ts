import type { FileStatus } from '@bangfu/shared/hardship-files';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { fileHistory, fileNumberSeq, hardshipFiles, incomeItems, orgs, persons, rigidExpenses } from '../../db/schema/index';

export type FileRow = typeof hardshipFiles.$inferSelect & { orgName: string; orgDivisionCode: string };
export type IncomeRow = typeof incomeItems.$inferSelect;
export type ExpenseRow = typeof rigidExpenses.$inferSelect;


/** A file inside the caller's subtree, with its org name; undefined outside it. */
export async function findFile(exec: Executor, scope: OrgScope, id: string, forUpdate = false): Promise<FileRow | undefined> {
  const query = exec
    .select({ file: hardshipFiles, orgName: orgs.name, orgDivisionCode: orgs.divisionCode })
    .from(hardshipFiles)
    .innerJoin(orgs, eq(orgs.id, hardshipFiles.orgId))
    .where(and(eq(hardshipFiles.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: hardshipFiles }) : await query;
  return row ? { ...row.file, orgName: row.orgName, orgDivisionCode: row.orgDivisionCode } : undefined;
}

export async function loadParts(exec: Executor, fileId: string) {
  // One after another: `exec` may be a transaction, whose one connection takes a query at a time.
  const members = await exec.select().from(persons).where(eq(persons.fileId, fileId)).orderBy(asc(persons.position));
  const incomes = await exec.select().from(incomeItems).where(eq(incomeItems.fileId, fileId)).orderBy(asc(incomeItems.createdAt), asc(incomeItems.id));
  const expenses = await exec.select().from(rigidExpenses).where(eq(rigidExpenses.fileId, fileId)).orderBy(asc(rigidExpenses.createdAt), asc(rigidExpenses.id));
  return { members, incomes, expenses };
}
export type FileParts = Awaited<ReturnType<typeof loadParts>>;

/** Next number in the org's yearly sequence, race-free across processes. */
export async function nextFileSeq(exec: Executor, key: string): Promise<number> {
  const [row] = await exec
    .insert(fileNumberSeq)
    .values({ key, last: 1 })
    .onConflictDoUpdate({ target: fileNumberSeq.key, set: { last: sql`${fileNumberSeq.last} + 1` } })
    .returning({ last: fileNumberSeq.last });
  return row!.last;
}

/** 档案编号: KN + division code + year + a six-digit yearly sequence. */
export async function nextFileNo(exec: Executor, divisionCode: string, day: string): Promise<string> {
  const year = day.slice(0, 4);
  const seq = await nextFileSeq(exec, `${divisionCode}-${year}`);
  return formatFileNo(divisionCode, year, seq);
}

/** 档案编号 of a sequence number: also used by the bulk loader, so both paths number files alike. */
export function formatFileNo(divisionCode: string, year: string, seq: number): string {
  return `KN${divisionCode}${year}${String(seq).padStart(6, '0')}`;
}

export async function insertFile(exec: Executor, values: typeof hardshipFiles.$inferInsert) {
  await exec.insert(hardshipFiles).values(values);
}

export async function updateFile(exec: Executor, id: string, values: Partial<typeof hardshipFiles.$inferInsert>) {
  await exec.update(hardshipFiles).set(values).where(eq(hardshipFiles.id, id));
}

export async function insertPersons(exec: Executor, rows: (typeof persons.$inferInsert)[]) {
  if (rows.length) await exec.insert(persons).values(rows);
}

export async function updatePerson(exec: Executor, fileId: string, personId: string, values: Partial<typeof persons.$inferInsert>) {
  await exec.update(persons).set(values).where(and(eq(persons.id, personId), eq(persons.fileId, fileId)));
}

export async function deletePerson(exec: Executor, fileId: string, personId: string) {
  await exec.delete(persons).where(and(eq(persons.id, personId), eq(persons.fileId, fileId)));
}

/** Opens or closes every person of a file for the one-open-file-per-person rule. */
export async function setPersonsOpen(exec: Executor, fileId: string, open: boolean) {
  await exec.update(persons).set({ open }).where(eq(persons.fileId, fileId));
}

export async function insertIncomes(exec: Executor, rows: (typeof incomeItems.$inferInsert)[]) {
  if (rows.length) await exec.insert(incomeItems).values(rows);
}
export async function updateIncome(exec: Executor, fileId: string, id: string, values: Partial<typeof incomeItems.$inferInsert>) {
  const r = await exec.update(incomeItems).set(values).where(and(eq(incomeItems.id, id), eq(incomeItems.fileId, fileId))).returning({ id: incomeItems.id });
  return r.length > 0;
}
export async function deleteIncome(exec: Executor, fileId: string, id: string) {
  const r = await exec.delete(incomeItems).where(and(eq(incomeItems.id, id), eq(incomeItems.fileId, fileId))).returning({ id: incomeItems.id });
  return r.length > 0;
}

export async function insertExpenses(exec: Executor, rows: (typeof rigidExpenses.$inferInsert)[]) {
  if (rows.length) await exec.insert(rigidExpenses).values(rows);
}
export async function updateExpense(exec: Executor, fileId: string, id: string, values: Partial<typeof rigidExpenses.$inferInsert>) {
  const r = await exec.update(rigidExpenses).set(values).where(and(eq(rigidExpenses.id, id), eq(rigidExpenses.fileId, fileId))).returning({ id: rigidExpenses.id });
  return r.length > 0;
}
export async function deleteExpense(exec: Executor, fileId: string, id: string) {
  const r = await exec.delete(rigidExpenses).where(and(eq(rigidExpenses.id, id), eq(rigidExpenses.fileId, fileId))).returning({ id: rigidExpenses.id });
  return r.length > 0;
}

/**
 * Who holds an open file for any of these ID hashes, across the whole system (not only the
 * caller's subtree): only the holding org's name leaves this function.
 */
export async function openFileHolders(exec: Executor, hashes: string[], exceptFileId?: string) {
  if (!hashes.length) return [];
  return exec
    .select({ idHash: persons.idHash, orgName: orgs.name })
    .from(persons)
    .innerJoin(hardshipFiles, eq(hardshipFiles.id, persons.fileId))
    .innerJoin(orgs, eq(orgs.id, hardshipFiles.orgId))
    .where(and(inArray(persons.idHash, hashes), eq(persons.open, true), exceptFileId ? sql`${persons.fileId} <> ${exceptFileId}` : undefined));
}

export async function appendHistory(exec: Executor, values: typeof fileHistory.$inferInsert) {
  await exec.insert(fileHistory).values(values);
}

export async function listHistory(exec: Executor, fileId: string) {
  return exec.select().from(fileHistory).where(eq(fileHistory.fileId, fileId)).orderBy(asc(fileHistory.id)).limit(1000);
}

/** Same name and birth date in different open files of the scope: candidates for one household filed twice. */
export async function suspectedDuplicates(exec: Executor, scope: OrgScope, max = 200) {
  const rows = (await exec.execute(sql`
    select p.name, p.birth_date as "birthDate",
           json_agg(json_build_object('id', f.id, 'fileNo', f.file_no, 'orgName', orgs.name, 'status', f.status) order by f.file_no) as files
    from persons p
    join hardship_files f on f.id = p.file_id
    join orgs on orgs.id = f.org_id
    where p.open and ${scope.ownsPath(orgs.path)}
    group by p.name, p.birth_date
    having count(distinct p.file_id) > 1
    order by p.name, p.birth_date
    limit ${max}`)) as unknown as { rows: { name: string; birthDate: string | Date; files: { id: string; fileNo: string; orgName: string; status: FileStatus }[] }[] };
  return rows.rows.map((r) => ({ ...r, birthDate: typeof r.birthDate === 'string' ? r.birthDate.slice(0, 10) : r.birthDate.toISOString().slice(0, 10) }));
}
