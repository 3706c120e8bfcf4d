import { type Attachment, type AttachmentKind, SENSITIVE_ATTACHMENT_KINDS } from '@bangfu/shared/attachments';
import { and, asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { fileAttachments } from '../../db/schema/index';
import { ForbiddenError, NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import type { FieldCrypto } from '../../lib/field-crypto';
import { sealUpload } from '../../lib/sealed-upload';
import { audit } from '../audit/audit';
import { assertEditable } from './file-lifecycle';
import { createFileWriter } from './file-writer';
import * as repo from './hardship-files.repo';


const columns = {
  id: fileAttachments.id,
  kind: fileAttachments.kind,
  filename: fileAttachments.filename,
  mimeType: fileAttachments.mimeType,
  sizeBytes: fileAttachments.sizeBytes,
  sha256: fileAttachments.sha256,
  uploadedByName: fileAttachments.uploadedByName,
  createdAt: fileAttachments.createdAt,
};
type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] };
const toAttachment = (r: Row): Attachment => ({
  id: r.id,
  kind: r.kind as AttachmentKind,
  filename: r.filename,
  mimeType: r.mimeType,
  sizeBytes: r.sizeBytes,
  sha256: r.sha256,
  uploadedBy: r.uploadedByName,
  createdAt: r.createdAt.toISOString(),
});

export function createAttachmentsService({ db, clock, crypto }: { db: Database; clock: Clock; crypto: FieldCrypto }) {
  const w = createFileWriter(clock);

  async function fileInScope(ctx: RequestContext, id: string) {
    const file = await repo.findFile(db, ctx.scope, id);
    if (!file) throw new NotFoundError('Hardship file');
    return file;
  }

  return {
    async list(ctx: RequestContext, fileId: string) {
      await fileInScope(ctx, fileId);
      const rows = await db.select(columns).from(fileAttachments).where(eq(fileAttachments.fileId, fileId)).orderBy(asc(fileAttachments.createdAt));
      return { items: rows.map(toAttachment) };
    },

    async add(ctx: RequestContext, fileId: string, upload: { kind: AttachmentKind; filename: string; content: Buffer }) {
      const sealed = sealUpload(crypto, upload, 'attachment');
      return db.transaction(async (tx) => {
        const file = await w.lockFile(tx, ctx, fileId);
        assertEditable(file.status);
        const [row] = await tx
          .insert(fileAttachments)
          .values({ fileId, kind: upload.kind, ...sealed, uploadedByName: ctx.principal.name, createdAt: clock() })
          .returning(columns);
        const attachment = toAttachment(row!);
        await w.record(tx, ctx, fileId, file.orgId, 'file.attachment_add', null, { attachment });
        return attachment;
      });
    },

    /** The decrypted content; sensitive kinds need the reveal permission; every download is audited. */
    async download(ctx: RequestContext, fileId: string, attachmentId: string) {
      const file = await fileInScope(ctx, fileId);
      const [row] = await db
        .select({ ...columns, contentEnc: fileAttachments.contentEnc })
        .from(fileAttachments)
        .where(and(eq(fileAttachments.id, attachmentId), eq(fileAttachments.fileId, fileId)));
      if (!row) throw new NotFoundError('Attachment');
      if (SENSITIVE_ATTACHMENT_KINDS.includes(row.kind as AttachmentKind) && !ctx.principal.permissions.has('file:reveal')) {
        throw new ForbiddenError('Permission file:reveal required to open this kind of attachment');
      }
      await audit(db, ctx, { action: 'file.attachment_download', recordType: 'hardship_file', recordId: fileId, orgId: file.orgId, after: { attachmentId, kind: row.kind } });
      return { attachment: toAttachment(row), content: crypto.decryptBytes(row.contentEnc) };
    },

    async remove(ctx: RequestContext, fileId: string, attachmentId: string) {
      await db.transaction(async (tx) => {
        const file = await w.lockFile(tx, ctx, fileId);
        assertEditable(file.status);
        const [row] = await tx
          .delete(fileAttachments)
          .where(and(eq(fileAttachments.id, attachmentId), eq(fileAttachments.fileId, fileId)))
          .returning(columns);
        if (!row) throw new NotFoundError('Attachment');
        await w.record(tx, ctx, fileId, file.orgId, 'file.attachment_remove', { attachment: toAttachment(row) }, null);
      });
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
