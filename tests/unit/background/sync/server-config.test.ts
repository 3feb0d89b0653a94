/**
 * Issue 12 point 9: the sync server must be https (the password, and without a passphrase every
 * note, travels with each request); plain http only to this computer. Refused before anything is
 * saved or sent.
 */
import { describe, expect, it } from 'vitest';
import { serverUrlProblem } from '@/entrypoints/background/sync/server-config';
import { serverDevice } from './server-device';

describe('the sync server address', () => {
  it.each([
    ['https://couch.example.org', null],
    ['https://couch.example.org:6984/', null],
    ['http://localhost:5984', null],
    ['http://127.0.0.1:5984', null],
    ['http://[::1]:5984', null],
  ])('%s is allowed', (url, problem) => {
    expect(serverUrlProblem(url)).toBe(problem);
  });

  it.each([
    'http://couch.example.org',
    'http://192.168.1.20:5984',
    'http://localhost.example.org:5984',
    'ftp://couch.example.org',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('%s is refused with a reason', (url) => {
    expect(serverUrlProblem(url)).toMatch(/https:\/\/|not a valid address/);
  });

  it('configure refuses a plain-http server and saves nothing', async () => {
    const { sync } = await serverDevice('http-refused');
    await expect(
      sync.configure({
        url: 'http://couch.example.org',
        db: 'notes',
        username: 'u',
        password: 'secret-pw',
        passphrase: '',
      }),
    ).rejects.toThrow(/must start with https:\/\//);
    expect(await sync.config()).toBeNull();
  });
});
