import type { PaymentVoucher } from '@bangfu/shared/payments';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { paymentVouchers } from '../../db/schema/index';
import { NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import type { FieldCrypto } from '../../lib/field-crypto';
import { sealUpload } from '../../lib/sealed-upload';
import { audit } from '../audit/audit';
import * as repo from './payments.repo';

type VoucherRow = { [K in keyof typeof repo.voucherColumns]: (typeof repo.voucherColumns)[K]['_']['data'] };
const toVoucher = (r: VoucherRow): PaymentVoucher => ({
  id: r.id,
  orgId: r.orgId,
  filename: r.filename,
  mimeType: r.mimeType,
  sizeBytes: r.sizeBytes,
  sha256: r.sha256,
  uploadedBy: r.uploadedByName,
  createdAt: r.createdAt.toISOString(),
});

/** 签收凭证: the signed voucher of a cash or in-kind payment, stored encrypted like file attachments. */
export function createVouchersService({ db, clock, crypto }: { db: Database; clock: Clock; crypto: FieldCrypto }) {
  return {
    async upload(ctx: RequestContext, upload: { filename: string; content: Buffer }): Promise<PaymentVoucher> {
      const sealed = sealUpload(crypto, upload, 'voucher');
      const { filename, mimeType } = sealed;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(paymentVouchers)
          .values({ orgId: ctx.principal.org.id, ...sealed, uploadedByName: ctx.principal.name, createdAt: clock() })
          .returning(repo.voucherColumns);
        const voucher = toVoucher(row!);
        await audit(tx, ctx, { action: 'payment_voucher.upload', recordType: 'payment_voucher', recordId: voucher.id, orgId: voucher.orgId, after: { filename, mimeType, sizeBytes: voucher.sizeBytes, sha256: voucher.sha256 } });
        return voucher;
      });
    },

    /** The decrypted scan; every download is audited. */
    async download(ctx: RequestContext, id: string) {
      const row = await repo.findVoucher(db, ctx.scope, id, true);
      if (!row?.contentEnc) throw new NotFoundError('Payment voucher');
      await audit(db, ctx, { action: 'payment_voucher.download', recordType: 'payment_voucher', recordId: id, orgId: row.orgId });
      return { voucher: toVoucher(row), content: crypto.decryptBytes(row.contentEnc) };
    },
  };
}

export type VouchersService = ReturnType<typeof createVouchersService>;
