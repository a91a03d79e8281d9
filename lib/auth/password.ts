import { MIN_PASSWORD_LENGTH } from './auth';

const COMMON = [
  'password',
  'motdepasse',
  'azerty',
  'qwerty',
  '123456',
  'admin',
  'welcome',
  'letmein',
  'homepress',
  'hespress',
];

/**
 * The password policy for newsroom accounts (checked before better-auth hashes it): at least 12
 * characters, at least two kinds of characters among letters, digits and symbols, nothing built
 * around a common password or the account's own e-mail name. Returns Arabic problems, none if fine.
 */
export function passwordProblems(password: string, email = ''): string[] {
  const problems: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH)
    problems.push(`كلمة المرور قصيرة: ${MIN_PASSWORD_LENGTH} حرفاً على الأقل.`);
  if ([...password].length > 128) problems.push('كلمة المرور طويلة جداً: 128 حرفاً على الأكثر.');
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((re) => re.test(password)).length;
  if (kinds < 2) problems.push('استعملوا نوعين على الأقل من: الحروف، الأرقام، الرموز.');
  if (new Set(password).size < 5) problems.push('كلمة المرور تكرر الحروف نفسها.');
  const lower = password.toLowerCase();
  if (COMMON.some((word) => lower.includes(word)))
    problems.push('كلمة المرور مبنية على كلمة شائعة يسهل تخمينها.');
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && lower.includes(name)) problems.push('كلمة المرور تحتوي على اسم الحساب.');
  return problems;
}
