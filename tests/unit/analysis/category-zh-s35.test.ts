/**
 * Chinese category classes of session 35 (s35-zhprec: the dev set 43 showed them), each with sentences written for
 * this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core, one, zh } from './helpers';

describe('a modal duty followed by two bans or more, each in its own clause, is a prohibition', () => {
  const two = '各地要加强农村建房管理，严禁违规占用耕地建房，严禁未批先建。';
  it('two bans after the duty', () => expect(zh(two)).toEqual(one('prohibition', two)));
  it('cored by its bans', () => expect(core('prohibition', two)).toEqual(['严禁违规占用耕地建房', '严禁未批先建']));
  it('after a report frame (会议要求，)', () => {
    const s = '会议要求，各地必须稳妥推进试点，不得搞强迫命令，不得增加农民负担。';
    expect(zh(s)).toEqual(one('prohibition', s));
  });
  it('one ban after the duty: still an obligation', () => {
    const s = '各地要加强农村建房管理，严禁违规占用耕地建房。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
  it('a duty that is a sentence of its own before a semicolon: still an obligation', () => {
    const s = '各地要加强农村建房管理；严禁违规占用耕地建房，严禁未批先建。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
  it('modals in more than one clause (既要…，又要…): still an obligation', () => {
    const s = '各级干部要带头抓落实，既要部署，又要督查，不能只发文件，更不能只开会议。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});
