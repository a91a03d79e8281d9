import type { Prisma, PrismaClient } from '../../generated/prisma/client';

export const AUDIT_ACTIONS = {
  'signed-in': 'تسجيل الدخول',
  'signed-out': 'تسجيل الخروج',
  'signed-out-everywhere': 'تسجيل الخروج من كل الأجهزة',
  'sign-in-failed': 'محاولة دخول فاشلة',
  created: 'إنشاء مقال',
  edited: 'تعديل مقال',
  published: 'نشر مقال',
  scheduled: 'جدولة مقال',
  unpublished: 'سحب مقال من النشر',
  deleted: 'حذف مقال',
  submitted: 'إرسال مقال للمراجعة',
  'review-comment': 'تعليق مراجعة',
  returned: 'إعادة مقال إلى كاتبه',
  restored: 'استعادة نسخة سابقة',
  corrected: 'إضافة تصحيح',
  clarified: 'إضافة توضيح',
  imported: 'استيراد وثيقة',
  'user-created': 'إنشاء حساب',
  'account-disabled': 'تعطيل حساب',
  'account-enabled': 'تفعيل حساب',
  'role-changed': 'تغيير دور حساب',
  'sessions-ended': 'إنهاء جلسات حساب',
  'reset-link-issued': 'إصدار رابط إعادة تعيين كلمة المرور',
  'password-reset': 'إعادة تعيين كلمة المرور برابط',
  'password-changed': 'تغيير كلمة المرور',
  'password-change-failed': 'محاولة فاشلة لتغيير كلمة المرور',
  'photo-uploaded': 'رفع صورة',
  'photo-edited': 'تعديل بيانات صورة',
  'photo-deleted': 'حذف صورة',
  'author-edited': 'تعديل صفحة كاتب',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export type Actor = { id: string | null; name: string };

export async function recordAudit(
  db: PrismaClient | Prisma.TransactionClient,
  actor: Actor,
  action: AuditAction,
  details: { articleId?: number; summary?: string } = {},
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      action,
      articleId: details.articleId ?? null,
      summary: details.summary ?? '',
    },
  });
}
