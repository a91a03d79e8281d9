/**
 * Creates a newsroom account (there are no default credentials):
 *   npm run admin:create -- --email you@example.com --name "الاسم" [--role admin|editor|contributor]
 * The password is read from ADMIN_PASSWORD, or asked for twice without echo.
 */
import '../../lib/runtime/local-env-auto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ROLES } from '../../lib/auth/auth';
import { createNewsroomUser, newUserSchema, UserError } from '../../lib/auth/users';
import { recordAudit } from '../../lib/audit/log';
import { prisma } from '../../lib/db/client';

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as {
      _writeToOutput: (s: string) => void;
      output: NodeJS.WriteStream;
    };
    output._writeToOutput = (s: string) => {
      if (s.includes(question)) output.output.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'admin' },
    },
  });
  if (!values.email || !values.name)
    throw new UserError(
      'usage: npm run admin:create -- --email <email> --name <name> [--role admin|editor|contributor]',
    );
  if (!ROLES.includes(values.role as (typeof ROLES)[number]))
    throw new UserError(`--role must be one of ${ROLES.join(', ')}`);
  let password = process.env.ADMIN_PASSWORD ?? '';
  if (!password) {
    if (!process.stdin.isTTY)
      throw new UserError('set ADMIN_PASSWORD or run this in a terminal to type the password');
    password = await askHidden('Password: ');
    if ((await askHidden('Repeat the password: ')) !== password)
      throw new UserError('the two passwords differ');
  }
  const input = newUserSchema.safeParse({
    email: values.email,
    name: values.name,
    password,
    role: values.role,
  });
  if (!input.success)
    throw new UserError(
      input.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '),
    );
  const user = await createNewsroomUser(prisma, input.data);
  await recordAudit(prisma, { id: null, name: 'سطر الأوامر' }, 'user-created', {
    summary: `${user.email} (${user.role})`,
  });
  console.log(`created ${user.role} ${user.email}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof UserError ? `admin:create: ${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
