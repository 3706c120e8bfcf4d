import { IdParams } from '@bangfu/shared/common';
import { AidRecord, AidRecordReturn, BankBatchCreate, BankBatchDetail, BankBatchList, BankBatchResults, Payment, PaymentCreate, PaymentPage, PaymentQuery, PaymentQueuePage, PaymentQueueQuery, PaymentResult, PaymentVoucher } from '@bangfu/shared/payments';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { contextOf } from '../../access/context';
import { ValidationError } from '../../errors';
import type { BankBatchesService } from './bank-batches.service';
import type { PaymentsService } from './payments.service';
import type { VouchersService } from './vouchers.service';

const Binary = Type.String({ format: 'binary' });

/** /api/v1: the payment queue, payments, signed vouchers, returning an aid record to the approver. */
export const paymentsRoutes: FastifyPluginAsyncTypebox<{ payments: PaymentsService; vouchers: VouchersService }> = async (app, { payments, vouchers }) => {
  const tags = ['payments'];

  app.get('/payment-queue', { config: { permission: 'fund:read' }, schema: { operationId: 'listPaymentQueue', tags, summary: '待支付: approved and failed aid records waiting for payment, oldest first', querystring: PaymentQueueQuery, response: { 200: PaymentQueuePage } } },
    async (request) => payments.queue(contextOf(request), request.query));

  app.post(
    '/payment-vouchers',
    {
      config: { permission: 'fund:pay' },
      schema: { operationId: 'uploadPaymentVoucher', tags, summary: 'Upload a signed voucher scan (PDF, JPEG or PNG; multipart field `file`), stored encrypted', consumes: ['multipart/form-data'], response: { 201: PaymentVoucher } },
    },
    async (request, reply) => {
      const part = await request.file();
      if (!part || part.fieldname !== 'file') throw ValidationError.field('/body/file', 'send one multipart part named file');
      const content = await part.toBuffer();
      if (content.length === 0) throw ValidationError.field('/body/file', 'is empty');
      return reply.status(201).send(await vouchers.upload(contextOf(request), { filename: part.filename, content }));
    },
  );

  app.get('/payment-vouchers/:id/content', { config: { permission: 'fund:read' }, schema: { operationId: 'downloadPaymentVoucher', tags, summary: 'The voucher scan; the download is audited', params: IdParams, response: { 200: Binary } } },
    async (request, reply) => {
      const { voucher, content } = await vouchers.download(contextOf(request), request.params.id);
      return reply
        .type(voucher.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(voucher.filename)}`)
        .header('cache-control', 'no-store')
        .send(content as unknown as string); // a Buffer goes out as is, past the serializer
    });

  app.get('/payments', { config: { permission: 'fund:read' }, schema: { operationId: 'listPayments', tags, summary: 'Payments of accounts in my subtree, newest first', querystring: PaymentQuery, response: { 200: PaymentPage } } },
    async (request) => payments.list(contextOf(request), request.query));

  app.post('/payments', { config: { permission: 'fund:pay' }, schema: { operationId: 'createPayment', tags, summary: 'Pay an aid record: bank transfer (booked, then exported in a bank file) or cash / in kind with a signed voucher (paid at once)', body: PaymentCreate, response: { 201: Payment } } },
    async (request, reply) => reply.status(201).send(await payments.create(contextOf(request), request.body)));

  app.get('/payments/:id', { config: { permission: 'fund:read' }, schema: { operationId: 'getPayment', tags, summary: 'One payment', params: IdParams, response: { 200: Payment } } },
    async (request) => payments.get(contextOf(request), request.params.id));

  app.post('/payments/:id/result', { config: { permission: 'fund:pay' }, schema: { operationId: 'recordPaymentResult', tags, summary: 'The bank’s answer for one transfer: paid, or failed (the debit is reversed and the record waits again)', params: IdParams, body: PaymentResult, response: { 200: Payment } } },
    async (request) => payments.result(contextOf(request), request.params.id, request.body));

  app.post('/aid-records/:id/return', { config: { permission: 'fund:pay' }, schema: { operationId: 'returnAidRecord', tags, summary: '退回审批: send an approved or failed aid record back to the approver with an opinion', params: IdParams, body: AidRecordReturn, response: { 200: AidRecord } } },
    async (request) => payments.returnToApprover(contextOf(request), request.params.id, request.body));
};

/** /api/v1/bank-batches: 银行代发 files. */
export const bankBatchesRoutes: FastifyPluginAsyncTypebox<{ batches: BankBatchesService }> = async (app, { batches }) => {
  const tags = ['payments'];

  app.get('/', { config: { permission: 'fund:read' }, schema: { operationId: 'listBankBatches', tags, summary: 'Bank batches of accounts in my subtree, newest first', querystring: Type.Object({ accountId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false }), response: { 200: BankBatchList } } },
    async (request) => batches.list(contextOf(request), request.query.accountId));

  app.post('/', { config: { permission: 'fund:pay' }, schema: { operationId: 'createBankBatch', tags, summary: 'Export the booked bank transfers of an account (all, or those listed) as one batch', body: BankBatchCreate, response: { 201: BankBatchDetail } } },
    async (request, reply) => reply.status(201).send(await batches.create(contextOf(request), request.body)));

  app.get('/:id', { config: { permission: 'fund:read' }, schema: { operationId: 'getBankBatch', tags, summary: 'A batch with its payments', params: IdParams, response: { 200: BankBatchDetail } } },
    async (request) => batches.get(contextOf(request), request.params.id));

  app.get('/:id/file', { config: { permission: 'fund:pay' }, schema: { operationId: 'downloadBankFile', tags, summary: 'The bank payment file (CSV, UTF-8 with BOM; docs/bank-file.md) with full card numbers; audited', params: IdParams, response: { 200: Binary } } },
    async (request, reply) => {
      const { filename, content } = await batches.file(contextOf(request), request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(content as unknown as string);
    });

  app.post('/:id/results', { config: { permission: 'fund:pay' }, schema: { operationId: 'recordBankBatchResults', tags, summary: 'The bank’s return file: the listed transfers failed (each reversed), every other pending one was paid', params: IdParams, body: BankBatchResults, response: { 200: BankBatchDetail } } },
    async (request) => batches.results(contextOf(request), request.params.id, request.body));
};
