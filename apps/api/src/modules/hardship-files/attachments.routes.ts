import { Attachment, AttachmentKind, AttachmentList } from '@bangfu/shared/attachments';
import { IdParams } from '@bangfu/shared/common';
import { FilePartParams } from '@bangfu/shared/hardship-files';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { contextOf } from '../../access/context';
import { ValidationError } from '../../errors';
import type { AttachmentsService } from './attachments.service';

/** /api/v1/hardship-files/:id/attachments: upload as multipart/form-data with one `file` part. */
export const attachmentsRoutes: FastifyPluginAsyncTypebox<{ attachments: AttachmentsService }> = async (app, { attachments }) => {
  const tags = ['hardship-files'];

  app.get('/:id/attachments', { config: { permission: 'file:read' }, schema: { operationId: 'listFileAttachments', tags, summary: 'Attachments of a file (metadata only)', params: IdParams, response: { 200: AttachmentList } } },
    async (request) => attachments.list(contextOf(request), request.params.id));

  app.post(
    '/:id/attachments',
    {
      config: { permission: 'file:write' },
      schema: {
        operationId: 'addFileAttachment',
        tags,
        summary: 'Upload a PDF, JPEG or PNG (multipart field `file`); stored encrypted',
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: Type.Object({ kind: AttachmentKind }, { additionalProperties: false }),
        response: { 201: Attachment },
      },
    },
    async (request, reply) => {
      const part = await request.file();
      if (!part || part.fieldname !== 'file') throw ValidationError.field('/body/file', 'send one multipart part named file');
      const content = await part.toBuffer();
      if (content.length === 0) throw ValidationError.field('/body/file', 'is empty');
      const created = await attachments.add(contextOf(request), request.params.id, { kind: request.query.kind, filename: part.filename, content });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/:id/attachments/:partId/content',
    {
      config: { permission: 'file:read' },
      schema: { operationId: 'downloadFileAttachment', tags, summary: 'The attachment’s content; the download is audited', params: FilePartParams, response: { 200: Type.String({ format: 'binary' }) } },
    },
    async (request, reply) => {
      const { attachment, content } = await attachments.download(contextOf(request), request.params.id, request.params.partId);
      return reply
        .type(attachment.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
        .header('cache-control', 'no-store')
        .send(content as unknown as string); // a Buffer goes out as is, past the serializer
    },
  );

  app.delete('/:id/attachments/:partId', { config: { permission: 'file:write' }, schema: { operationId: 'removeFileAttachment', tags, summary: 'Delete an attachment', params: FilePartParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await attachments.remove(contextOf(request), request.params.id, request.params.partId);
      return reply.status(204).send(null);
    });
};
