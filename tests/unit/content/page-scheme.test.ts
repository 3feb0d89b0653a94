// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageIsDark } from '@/entrypoints/content/page-scheme';

const systemPrefersDark = (dark: boolean) =>
  vi
    .spyOn(window, 'matchMedia')
    .mockImplementation((query: string) => ({ matches: dark && query.includes('dark') }) as MediaQueryList);

/** The page's `<meta name="color-scheme">`. */
const allowSchemes = (content: string) => {
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = content;
  document.head.replaceChildren(meta);
};

afterEach(() => {
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('pageIsDark: our UI follows the page, not the system', () => {
  it('reads the body’s own background, then the root’s', () => {
    systemPrefersDark(false);
    document.body.style.background = 'rgb(22, 22, 22)';
    expect(pageIsDark(document)).toBe(true);
    document.body.style.background = 'rgb(250, 250, 250)';
    expect(pageIsDark(document)).toBe(false);
    document.body.removeAttribute('style');
    document.documentElement.style.background = 'rgb(30, 30, 40)';
    expect(pageIsDark(document)).toBe(true);
  });

  it('a page without a background of its own is light in a dark system, unless it allows a dark scheme', () => {
    systemPrefersDark(true);
    expect(pageIsDark(document)).toBe(false);
    allowSchemes('light dark');
    expect(pageIsDark(document)).toBe(true);
    vi.restoreAllMocks();
    systemPrefersDark(false);
    expect(pageIsDark(document)).toBe(false);
    allowSchemes('dark');
    expect(pageIsDark(document)).toBe(true);
  });

  it('a translucent background is looked through', () => {
    systemPrefersDark(false);
    document.body.style.background = 'rgba(0, 0, 0, 0.2)';
    document.documentElement.style.background = 'rgb(255, 255, 255)';
    expect(pageIsDark(document)).toBe(false);
  });
});
