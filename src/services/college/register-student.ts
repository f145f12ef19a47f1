import type { Actor } from '../../domain/accounts/actor';
import type { StudentKind } from '../../domain/college/college-rules';
import { AppError } from '../../domain/errors/app-error';
import { requireGoodPassword } from '../accounts/password-policy';
import type { AccountRecord } from '../accounts/ports';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import type { StudentRecord } from './ports';

export interface StudentDetails {
  name: string;
  email: string;
  kind: StudentKind;
}

export interface RegisterStudentInput extends StudentDetails {
  username: string;
  password: string;
}

/**
 * Anyone can sign up to the Recovery College: a new student account, with no referral, diagnosis or
 * care record behind it. The person then signs in as usual.
 */
export async function registerStudent(deps: ServiceDeps, input: RegisterStudentInput): Promise<StudentRecord> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(username)) {
    throw new AppError('bad_request', 'A username is 3 to 64 letters, digits, dots, dashes or underscores.', {
      field: 'username',
    });
  }
  requireGoodPassword(input.password, username);
  const passwordHash = await deps.passwords.hash(input.password);
  return deps.uow.run(async (repositories) => {
    if (await repositories.accounts.findByUsername(username))
      throw new AppError('conflict', `The username ${username} is taken. Choose another.`, { field: 'username' });
    const account: AccountRecord = {
      id: newId(),
      username,
      passwordHash,
      role: 'student',
      workerId: null,
      personId: null,
      carerId: null,
      disabledAt: null,
      mustChangePassword: false,
      lastSignInAt: null,
    };
    await repositories.accounts.create(account);
    const student = await addStudent(repositories, account.id, input);
    const actor: Actor = {
      accountId: account.id,
      username,
      role: 'student',
      displayName: student.name,
      workerId: null,
      personId: null,
      carerId: null,
    };
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.student.register',
      detail: { studentId: student.id, accountId: account.id },
    });
    return student;
  });
}

/**
 * Makes someone who already signs in to Tandem (a service user, a carer, a worker) a student too.
 * Their studies stay apart from any care record: the care team sees them only if the person shares them.
 */
export async function joinCollege(deps: ServiceDeps, input: StudentDetails, actor: Actor): Promise<StudentRecord> {
  return deps.uow.run(async (repositories) => {
    if (await repositories.college.findStudentByAccount(actor.accountId))
      throw new AppError('conflict', 'You are already a student of the Recovery College.');
    const student = await addStudent(repositories, actor.accountId, input);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.student.register',
      detail: { studentId: student.id },
    });
    return student;
  });
}

async function addStudent(
  repositories: Repositories,
  accountId: string,
  input: StudentDetails,
): Promise<StudentRecord> {
  const student: StudentRecord = {
    id: newId(),
    accountId,
    name: input.name.trim(),
    email: input.email.trim(),
    kind: input.kind,
  };
  await repositories.college.createStudent(student);
  return student;
}
