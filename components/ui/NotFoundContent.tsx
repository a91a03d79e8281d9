import { LostReaderHelp } from './LostReaderHelp';

export const notFoundMetadata = {
  title: 'الصفحة غير موجودة',
  robots: { index: false, follow: false },
};

export function NotFoundContent() {
  return (
    <LostReaderHelp
      code="404"
      title="الصفحة غير موجودة"
      message="ربما حُذف هذا الخبر أو تغيّر رابطه، أو أن الرابط كُتب بشكل غير صحيح."
    />
  );
}
