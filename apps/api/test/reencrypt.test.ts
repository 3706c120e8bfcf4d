import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createFieldCrypto } from '../src/lib/field-crypto';
import { reencryptAll } from '../src/modules/hardship-files/reencrypt';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { householdBody } from './helpers/households';
import { multipartFile, tinyPdf } from './helpers/multipart';

const t = useTestApp();
const oldKey = Buffer.alloc(32, 7).toString('base64'); // the test app's DATA_KEY
const hashKey = Buffer.alloc(32, 9).toString('base64');
const newKey = Buffer.alloc(32, 42).toString('base64');

describe('data key rotation', () => {
  it('re-encrypts every sensitive value under the new key; the old key is then no longer needed', async () => {
    const body = householdBody(t.tree.orgs.A1.id);
    const file = (await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/hardship-files', payload: body })).json();
    await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/hardship-files/${file.id}/attachments?kind=consent_form`, ...multipartFile('c.pdf', tinyPdf()) });

    const rotating = createFieldCrypto({ current: newKey, retired: [oldKey], hashKey });
    expect(await reencryptAll(t.database.handle.db, rotating, 1)).toEqual({ persons: 2, files: 1, attachments: 1 });
    expect(await reencryptAll(t.database.handle.db, rotating)).toEqual({ persons: 0, files: 0, attachments: 0 });

    const onlyNew = createFieldCrypto({ current: newKey, hashKey });
    const [head] = await queryRows<{ id_enc: string }>(t.database.handle.db, sql`select id_enc from persons where relation = 'head'`);
    expect(onlyNew.decrypt(head!.id_enc)).toBe(body.members[0]!.idNumber);
    const [card] = await queryRows<{ bank_card_enc: string }>(t.database.handle.db, sql`select bank_card_enc from hardship_files`);
    expect(onlyNew.decrypt(card!.bank_card_enc)).toBe('6222021234567890123');
    // the keyed hash does not change, so duplicate detection keeps working across the rotation
    const [hash] = await queryRows<{ id_hash: string }>(t.database.handle.db, sql`select id_hash from persons where relation = 'head'`);
    expect(hash!.id_hash).toBe(onlyNew.hash(`resident:${body.members[0]!.idNumber}`));
  });
});
