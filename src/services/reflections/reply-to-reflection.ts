import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { REFLECTION_LIMITS } from '../../domain/reflections/reflection-prompts';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { ReflectionReplyRecord } from './ports';
import { requireReflectionAccess } from './require-reflection-access';

/** A reply on a shared entry, from the supervisor or the worker who wrote it. */
export async function replyToReflection(
  deps: ServiceDeps,
  input: { reflectionId: string; text: string },
  actor: Actor,
): Promise<ReflectionReplyRecord> {
  const text = input.text.replace(/\r\n?/g, '\n').trim();
  if (text === '') throw new AppError('bad_request', 'Write a reply first.', { field: 'text' });
  if (text.length > REFLECTION_LIMITS.maxReplyCharacters)
    throw new AppError(
      'bad_request',
      `A reply can be at most ${REFLECTION_LIMITS.maxReplyCharacters.toLocaleString('en-GB')} characters.`,
      { field: 'text' },
    );
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const found = await repositories.reflections.findById(input.reflectionId);
    if (!found) throw new AppError('not_found', 'There is no reflection with that id that you can see.');
    await requireReflectionAccess(repositories, actor, 'reply', found);
    if (found.sharedAt === null)
      throw new AppError('conflict', 'Share this reflection with your supervisor before replying on it.');
    const reply: ReflectionReplyRecord = {
      id: newId(),
      reflectionId: found.id,
      authorAccountId: actor.accountId,
      authorName: actor.displayName,
      text,
      writtenAt: now,
    };
    await repositories.reflections.addReply(reply);
    await recordAudit(repositories, actor, now, {
      action: 'reflection.reply',
      detail: { reflectionId: found.id, workerId: found.workerId, replyId: reply.id },
    });
    return reply;
  });
}
