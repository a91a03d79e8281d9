import { LostReaderHelp } from './LostReaderHelp';

export function NotFoundContent() {
  return (
    <LostReaderHelp
      code="404"
      title="الصفحة غير موجودة"
      message="ربما حُذف هذا الخبر أو تغيّر رابطه، أو أن الرابط كُتب بشكل غير صحيح."
    />
  );
}
