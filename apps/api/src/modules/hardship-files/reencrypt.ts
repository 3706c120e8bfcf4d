import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { fileAttachments, hardshipFiles, persons } from '../../db/schema/index';
import type { FieldCrypto } from '../../lib/field-crypto';

export interface ReencryptReport {
  persons: number;
  files: number;
  attachments: number;
}

/**
 * Key rotation: rewrites every value still under a retired data key with the current key, in
 * batches, each row in its own short update. Safe to run while the API serves (values under
 * either key decrypt) and to run again (rows already current are skipped).
 */
export async function reencryptAll(db: Database, crypto: FieldCrypto, batchSize = 500): Promise<ReencryptReport> {
  const report: ReencryptReport = { persons: 0, files: 0, attachments: 0 };
  const rotate = (v: string | null) => (v && crypto.needsRotation(v) ? crypto.encrypt(crypto.decrypt(v)) : v);

  for (let after = ''; ; ) {
    const rows = await db
      .select({ id: persons.id, idEnc: persons.idEnc, phoneEnc: persons.phoneEnc, healthEnc: persons.healthEnc })
      .from(persons)
      .where(sql`${persons.id} > ${after || '00000000-0000-0000-0000-000000000000'}::uuid`)
      .orderBy(persons.id)
      .limit(batchSize);
    if (!rows.length) break;
    for (const r of rows) {
      if ([r.idEnc, r.phoneEnc, r.healthEnc].some((v) => v && crypto.needsRotation(v))) {
        await db.update(persons).set({ idEnc: rotate(r.idEnc)!, phoneEnc: rotate(r.phoneEnc), healthEnc: rotate(r.healthEnc) }).where(eq(persons.id, r.id));
        report.persons++;
      }
    }
    after = rows[rows.length - 1]!.id;
  }

  const cards = await db.select({ id: hardshipFiles.id, enc: hardshipFiles.bankCardEnc }).from(hardshipFiles).where(sql`${hardshipFiles.bankCardEnc} is not null`);
  for (const r of cards) {
    if (r.enc && crypto.needsRotation(r.enc)) {
      await db.update(hardshipFiles).set({ bankCardEnc: rotate(r.enc) }).where(eq(hardshipFiles.id, r.id));
      report.files++;
    }
  }

  const currentId = crypto.encryptBytes(Buffer.alloc(0)).subarray(0, 8);
  const stale = await db
    .select({ id: fileAttachments.id })
    .from(fileAttachments)
    .where(sql`substring(${fileAttachments.contentEnc} from 1 for 8) <> ${currentId}`);
  for (const { id } of stale) {
    const [row] = await db.select({ enc: fileAttachments.contentEnc }).from(fileAttachments).where(eq(fileAttachments.id, id));
    if (!row) continue;
    await db.update(fileAttachments).set({ contentEnc: crypto.encryptBytes(crypto.decryptBytes(row.enc)) }).where(eq(fileAttachments.id, id));
    report.attachments++;
  }
  return report;
}
