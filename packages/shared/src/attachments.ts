import { Type, type Static } from 'typebox';
import { Id, Timestamp, StringEnum } from './common';

/** What an attachment is (DOMAIN.md §2); scans of IDs and medical bills are sensitive. */
export const ATTACHMENT_KINDS = ['application_form', 'id_scan', 'hukou_scan', 'income_proof', 'medical_bill', 'school_proof', 'consent_form', 'notice_photo', 'other'] as const;
export const AttachmentKind = StringEnum([...ATTACHMENT_KINDS]);
export type AttachmentKind = Static<typeof AttachmentKind>;
/** Kinds whose download needs the reveal permission. */
export const SENSITIVE_ATTACHMENT_KINDS: readonly AttachmentKind[] = ['id_scan', 'hukou_scan', 'medical_bill'];
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const Attachment = Type.Object({
  id: Id,
  kind: AttachmentKind,
  filename: Type.String(),
  mimeType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Type.String(),
  createdAt: Timestamp,
});
export type Attachment = Static<typeof Attachment>;
export const AttachmentList = Type.Object({ items: Type.Array(Attachment) });
