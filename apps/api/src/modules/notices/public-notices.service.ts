import type { NoticeBatchOrgs, PublicNotice, PublicNoticeItemPage, PublicNoticeItemQuery } from '@bangfu/shared/notices';
import type { Static } from 'typebox';
import type { PublicObjection } from '@bangfu/shared/notices';
import { and, eq } from 'drizzle-orm';
import type { RequestOrigin } from '../../access/context';
import type { Database } from '../../db/client';
import { noticeItems, objections } from '../../db/schema/index';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { sha256 } from '../../lib/secrets';
import { lockedUntil, recordFailure } from '../auth/auth.repo';
import * as repo from './notices.repo';

const DAY_SECONDS = 86_400;

/** The public side of 公示: read without login, object anonymously, abuse-limited per address. */
export function createPublicNoticesService({ db, clock, maxObjectionsPerDay }: { db: Database; clock: Clock; maxObjectionsPerDay: number }) {
  async function published(token: string) {
    const batch = await repo.findBatchByToken(db, token);
    if (!batch || batch.state === 'draft' || !batch.publishedAt || !batch.closesAt) throw new NotFoundError('Notice');
    return batch as typeof batch & { publishedAt: Date; closesAt: Date };
  }

  return {
    async read(token: string): Promise<PublicNotice> {
      const batch = await published(token);
      const counts = await repo.itemCounts(db, batch.id);
      return {
        title: batch.title,
        orgName: batch.orgName,
        publishedAt: batch.publishedAt.toISOString(),
        closesAt: batch.closesAt.toISOString(),
        open: batch.state === 'published' && clock() < batch.closesAt,
        objectionContact: batch.objectionContact,
        itemCount: counts.total,
      };
    },

    /** The notice's lines a page at a time, by unit and by what the notice shows (never by anything it hides). */
    async items(token: string, query: PublicNoticeItemQuery): Promise<PublicNoticeItemPage> {
      const batch = await published(token);
      const page = await repo.itemsPage(db, batch.id, { q: query.q, orgId: query.orgId, limit: query.limit, cursor: query.cursor });
      return {
        nextCursor: page.nextCursor,
        // Only what DOMAIN.md §5 allows: never ID, phone, address, illness, bank or family details.
        // An item sent to recheck by a sustained objection stays listed, marked (复核中), so the public sees the objection acted on.
        items: page.items.map((r) => ({
          id: r.id,
          maskedName: r.masked_name,
          unit: r.unit,
          category: r.category,
          aidType: r.aid_type,
          amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
          underRecheck: r.state === 'recheck',
        })),
      };
    },

    /** The units the notice lists, with how many each: the public picks theirs. */
    async orgs(token: string): Promise<NoticeBatchOrgs> {
      const batch = await published(token);
      return { items: await repo.batchOrgs(db, batch.id) };
    },

    async object(token: string, body: Static<typeof PublicObjection>, origin: RequestOrigin) {
      const batch = await published(token);
      const now = clock();
      if (batch.state !== 'published' || now >= batch.closesAt) throw new ConflictError('The objection window of this notice has closed', 'NOTICE_CLOSED');
      const key = `objection:${sha256(origin.ip)}`;
      const locked = await lockedUntil(db, [key], now);
      if (locked) throw new TooManyRequestsError('Too many objections from this address today; please call the contact on the notice', (locked.getTime() - now.getTime()) / 1000);
      return db.transaction(async (tx) => {
        if (body.itemId) {
          const [item] = await tx.select({ id: noticeItems.id }).from(noticeItems).where(and(eq(noticeItems.id, body.itemId), eq(noticeItems.batchId, batch.id)));
          if (!item) throw new NotFoundError('Notice item', '/body/itemId');
        }
        const [row] = await tx
          .insert(objections)
          .values({ batchId: batch.id, itemId: body.itemId ?? null, content: body.content, contact: body.contact?.trim() || null, ipHash: sha256(origin.ip), createdAt: now })
          .returning({ id: objections.id });
        await recordFailure(tx, key, now, maxObjectionsPerDay, DAY_SECONDS);
        return { id: row!.id, receivedAt: now.toISOString(), message: '异议已收到，我们将书面答复。Your objection has been received and will get a written ruling.' };
      });
    },
  };
}

export type PublicNoticesService = ReturnType<typeof createPublicNoticesService>;
