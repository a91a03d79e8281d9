/** Accounts created by scripts/test/e2e-server.sh for the test server only. */
export const ADMIN = {
  email: 'admin@e2e.test',
  password: 'Ocean-Atlas-Sahara-2030',
  name: 'مديرة الاختبار',
};
export const THROTTLED = { email: 'throttled@e2e.test', password: 'Fes-Meknes-Ifrane-2030' };
