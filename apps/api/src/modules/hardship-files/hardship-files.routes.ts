import { IdParams } from '@bangfu/shared/common';
import {
  CancelBody,
  ConfirmCategory,
  ExitBody,
  ExpenseInput,
  FileHistory,
  FilePartParams,
  HardshipFile,
  HardshipFileCreate,
  HardshipFilePage,
  HardshipFileQuery,
  HardshipFileUpdate,
  IncomeInput,
  PersonInput,
  PersonPatch,
  Revealed,
  RevealBody,
  SuspectedDuplicates,
} from '@bangfu/shared/hardship-files';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import { jsonBufferSerializer } from '../../lib/json-buffer';
import type { FileLifecycleService } from './file-lifecycle.service';
import type { FilePartsService } from './file-parts.service';
import type { HardshipFilesService } from './hardship-files.service';

interface Services {
  files: HardshipFilesService;
  parts: FilePartsService;
  lifecycle: FileLifecycleService;
}

/** /api/v1/hardship-files: 困难职工档案 and their parts. */
export const hardshipFilesRoutes: FastifyPluginAsyncTypebox<Services> = async (app, { files, parts, lifecycle }) => {
  const tags = ['hardship-files'];
  const file = { 200: HardshipFile };

  app.get('/', { config: { permission: 'file:read' }, serializerCompiler: jsonBufferSerializer, schema: { operationId: 'searchHardshipFiles', tags, summary: 'Search files by name, pinyin, initials, file number, ID tail and filters', querystring: HardshipFileQuery, response: { 200: HardshipFilePage } } },
    async (request) => files.search(contextOf(request), request.query));

  app.post('/', { config: { permission: 'file:write' }, schema: { operationId: 'createHardshipFile', tags, summary: 'File a household (temporary) with members, incomes and expenses', body: HardshipFileCreate, response: { 201: HardshipFile } } },
    async (request, reply) => reply.status(201).send(await files.create(contextOf(request), request.body)));

  app.get('/suspected-duplicates', { config: { permission: 'file:read' }, schema: { operationId: 'listSuspectedDuplicateFiles', tags, summary: 'Open files sharing a member’s name and birth date', response: { 200: SuspectedDuplicates } } },
    async (request) => files.suspectedDuplicates(contextOf(request)));

  app.get('/:id', { config: { permission: 'file:read' }, schema: { operationId: 'getHardshipFile', tags, summary: 'One file, sensitive fields masked', params: IdParams, response: file } },
    async (request) => files.get(contextOf(request), request.params.id));

  app.patch('/:id', { config: { permission: 'file:write' }, schema: { operationId: 'updateHardshipFile', tags, summary: 'Change household facts; re-runs the category proposal', params: IdParams, body: HardshipFileUpdate, response: file } },
    async (request) => files.update(contextOf(request), request.params.id, request.body));

  app.get('/:id/history', { config: { permission: 'file:read' }, schema: { operationId: 'getHardshipFileHistory', tags, summary: 'Every change to the file: who, when, before and after', params: IdParams, response: { 200: FileHistory } } },
    async (request) => lifecycle.history(contextOf(request), request.params.id));

  app.post('/:id/members', { config: { permission: 'file:write' }, schema: { operationId: 'addFileMember', tags, summary: 'Add a family member', params: IdParams, body: PersonInput, response: file } },
    async (request) => parts.addMember(contextOf(request), request.params.id, request.body));
  app.patch('/:id/members/:partId', { config: { permission: 'file:write' }, schema: { operationId: 'updateFileMember', tags, summary: 'Change a family member', params: FilePartParams, body: PersonPatch, response: file } },
    async (request) => parts.updateMember(contextOf(request), request.params.id, request.params.partId, request.body));
  app.delete('/:id/members/:partId', { config: { permission: 'file:write' }, schema: { operationId: 'removeFileMember', tags, summary: 'Remove a family member (not the head)', params: FilePartParams, response: file } },
    async (request) => parts.removeMember(contextOf(request), request.params.id, request.params.partId));

  app.post('/:id/incomes', { config: { permission: 'file:write' }, schema: { operationId: 'addFileIncome', tags, summary: 'Add an income item', params: IdParams, body: IncomeInput, response: file } },
    async (request) => parts.addIncome(contextOf(request), request.params.id, request.body));
  app.put('/:id/incomes/:partId', { config: { permission: 'file:write' }, schema: { operationId: 'updateFileIncome', tags, summary: 'Replace an income item', params: FilePartParams, body: IncomeInput, response: file } },
    async (request) => parts.updateIncome(contextOf(request), request.params.id, request.params.partId, request.body));
  app.delete('/:id/incomes/:partId', { config: { permission: 'file:write' }, schema: { operationId: 'removeFileIncome', tags, summary: 'Remove an income item', params: FilePartParams, response: file } },
    async (request) => parts.removeIncome(contextOf(request), request.params.id, request.params.partId));

  app.post('/:id/expenses', { config: { permission: 'file:write' }, schema: { operationId: 'addFileExpense', tags, summary: 'Add a rigid expense', params: IdParams, body: ExpenseInput, response: file } },
    async (request) => parts.addExpense(contextOf(request), request.params.id, request.body));
  app.put('/:id/expenses/:partId', { config: { permission: 'file:write' }, schema: { operationId: 'updateFileExpense', tags, summary: 'Replace a rigid expense', params: FilePartParams, body: ExpenseInput, response: file } },
    async (request) => parts.updateExpense(contextOf(request), request.params.id, request.params.partId, request.body));
  app.delete('/:id/expenses/:partId', { config: { permission: 'file:write' }, schema: { operationId: 'removeFileExpense', tags, summary: 'Remove a rigid expense', params: FilePartParams, response: file } },
    async (request) => parts.removeExpense(contextOf(request), request.params.id, request.params.partId));

  app.post('/:id/confirm-category', { config: { permission: 'file:confirm' }, schema: { operationId: 'confirmFileCategory', tags, summary: 'Confirm (or override with a note) the proposed category', params: IdParams, body: ConfirmCategory, response: file } },
    async (request) => lifecycle.confirm(contextOf(request), request.params.id, request.body));
  app.post('/:id/formalize', { config: { permission: 'file:lifecycle' }, schema: { operationId: 'formalizeFile', tags, summary: 'Temporary → formal', params: IdParams, response: file } },
    async (request) => lifecycle.formalize(contextOf(request), request.params.id));
  app.post('/:id/exit', { config: { permission: 'file:lifecycle' }, schema: { operationId: 'exitFile', tags, summary: 'Exit the household (脱困, 解困, death, …) with evidence', params: IdParams, body: ExitBody, response: file } },
    async (request) => lifecycle.exit(contextOf(request), request.params.id, request.body));
  app.post('/:id/cancel', { config: { permission: 'file:lifecycle' }, schema: { operationId: 'cancelFile', tags, summary: 'Cancel (注销) the file', params: IdParams, body: CancelBody, response: file } },
    async (request) => lifecycle.cancel(contextOf(request), request.params.id, request.body));
  app.post('/:id/refile', { config: { permission: 'file:lifecycle' }, schema: { operationId: 'refileFile', tags, summary: 'Re-file an exited household as 返困, linked to this file', params: IdParams, response: { 201: HardshipFile } } },
    async (request, reply) => reply.status(201).send(await lifecycle.refile(contextOf(request), request.params.id)));
  app.post('/:id/review', { config: { permission: 'file:write' }, schema: { operationId: 'reviewFile', tags, summary: 'Mark the file reviewed today (yearly review)', params: IdParams, response: file } },
    async (request) => lifecycle.review(contextOf(request), request.params.id));
  app.post('/:id/reveal', { config: { permission: 'file:reveal' }, schema: { operationId: 'revealFileField', tags, summary: 'One full sensitive value; the view is audited', params: IdParams, body: RevealBody, response: { 200: Revealed } } },
    async (request) => lifecycle.reveal(contextOf(request), request.params.id, request.body));
};
