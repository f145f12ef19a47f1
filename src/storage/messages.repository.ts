import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { MessageAuthorKind } from '../domain/messages/message-text';
import type { InboxRow, MessageRepository } from '../services/messages/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { rawRows } from './raw-rows';
import { message, messageRead } from './schema/messages.schema';

type InboxSqlRow = {
  person_id: string;
  person_name: string;
  preferred_name: string | null;
  last_message_at: Date | string;
  last_author_name: string;
  last_author_kind: string;
  unread_count: number | string;
  waiting_for_care_team: number | string;
};

/** Messages between people and their care teams, and who read them. */
export function createMessageRepository(db: Database): MessageRepository {
  return {
    create: async (row) => void (await db.insert(message).values(row)),
    createMany: (rows) => inBatches(rows, (batch) => db.insert(message).values(batch)),
    listForPerson: async (personId, { before, limit }) => {
      const older = before
        ? or(lt(message.sentAt, before.sentAt), and(eq(message.sentAt, before.sentAt), lt(message.id, before.id)))
        : undefined;
      const rows = await db
        .select()
        .from(message)
        .where(and(eq(message.personId, personId), older))
        .orderBy(desc(message.sentAt), desc(message.id))
        .limit(limit);
      if (rows.length === 0) return [];
      const reads = await db
        .select()
        .from(messageRead)
        .where(
          and(
            eq(messageRead.personId, personId),
            inArray(
              messageRead.messageId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(messageRead.readAt);
      return rows.map(({ createdAt: _written, ...row }) => ({
        ...row,
        authorKind: row.authorKind as MessageAuthorKind,
        reads: reads
          .filter((r) => r.messageId === row.id)
          .map((r) => ({
            accountId: r.accountId,
            readerName: r.readerName,
            readerKind: r.readerKind as MessageAuthorKind,
            readAt: r.readAt,
          })),
      }));
    },
    markRead: async (reads) => {
      if (reads.length === 0) return;
      await db.insert(messageRead).values(reads).onConflictDoNothing();
    },
    countUnread: async (personId, accountId) => {
      const [row] = await rawRows<{ n: number | string }>(
        db,
        sql`select count(*)::int as n from message m
          where m.person_id = ${personId} and m.author_account_id <> ${accountId}
            and not exists (select 1 from message_read r where r.message_id = m.id and r.account_id = ${accountId})`,
      );
      return Number(row?.n ?? 0);
    },
    inbox: async (workerId, accountId, day) => {
      const rows = await rawRows<InboxSqlRow>(
        db,
        sql`with mine as (
            select distinct person_id from care_team_membership
            where worker_id = ${workerId} and starts_on <= ${day} and (ends_on is null or ends_on > ${day})
          ), latest as (
            select distinct on (m.person_id) m.person_id, m.sent_at, m.author_name, m.author_kind
            from message m join mine on mine.person_id = m.person_id
            order by m.person_id, m.sent_at desc, m.id desc
          )
          select p.id as person_id, p.name as person_name, p.preferred_name,
            latest.sent_at as last_message_at, latest.author_name as last_author_name, latest.author_kind as last_author_kind,
            (select count(*)::int from message m where m.person_id = p.id and m.author_account_id <> ${accountId}
              and not exists (select 1 from message_read r where r.message_id = m.id and r.account_id = ${accountId})) as unread_count,
            (select count(*)::int from message m where m.person_id = p.id and m.author_kind <> 'worker'
              and not exists (select 1 from message_read r where r.message_id = m.id and r.reader_kind = 'worker')) as waiting_for_care_team
          from latest join person p on p.id = latest.person_id
          order by latest.sent_at desc, p.id`,
      );
      return rows.map((r): InboxRow => ({
        personId: r.person_id,
        personName: r.person_name,
        preferredName: r.preferred_name,
        lastMessageAt: new Date(r.last_message_at),
        lastAuthorName: r.last_author_name,
        lastAuthorKind: r.last_author_kind as MessageAuthorKind,
        unreadCount: Number(r.unread_count),
        waitingForCareTeam: Number(r.waiting_for_care_team),
      }));
    },
  };
}
