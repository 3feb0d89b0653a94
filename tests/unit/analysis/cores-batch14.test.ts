/**
 * The core classes the blind batch 14 showed, each with sentences written for this test, not taken
 * from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a list of grounds closed by 等 after the modal is the basis, not the act', () => {
  it('"要根据…、…等，【科学确定…】"', () => {
    expect(core('obligation', '各县要根据人口分布、交通条件、服务半径等，合理布局养老服务站点。')).toEqual([
      '合理布局养老服务站点',
    ]);
  });
});
