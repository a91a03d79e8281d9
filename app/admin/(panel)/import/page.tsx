import type { Metadata } from 'next';
import { ImportForm } from '@/components/admin/ImportForm';
import { requirePageUser } from '@/lib/auth/session';
import { newsroomChoices } from '@/lib/newsroom/articles';

export const metadata: Metadata = { title: 'استيراد' };

export default async function ImportPage() {
  await requirePageUser();
  const { categories } = await newsroomChoices();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">استيراد وثائق</h1>
      <p className="mb-4 text-muted">
        كل وثيقة بصيغة الموقع («المنبر – الكاتب»، ثم التمهيد، ثم العناوين والفقرات) تصبح مسودة
        بعنوان مؤقت يُؤخذ من التمهيد. الوثيقة المعطوبة تُرفض مع أرقام الأسطر، ولا يُكتب منها شيء.
      </p>
      <ImportForm categories={categories} />
    </>
  );
}
