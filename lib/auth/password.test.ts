import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordProblems } from './password';

describe('newsroom password policy', () => {
  it('accepts long mixed passwords and passphrases', () => {
    assert.deepEqual(passwordProblems('Tqz8-rabat-Sahel'), []);
    assert.deepEqual(passwordProblems('كلمة سر طويلة 2030 للتحرير'), []);
  });
  it('refuses short, single-kind, repetitive, common and self-naming passwords', () => {
    assert.ok(passwordProblems('Ab1!').length > 0);
    assert.ok(passwordProblems('onlylettersherefine').length > 0);
    assert.ok(passwordProblems('aaaaaaaaaaaa1').length > 0);
    assert.ok(passwordProblems('Password-2030!').length > 0);
    assert.ok(passwordProblems('samawi-2030-news', 'samawi@homepress.ma').length > 0);
  });
});
