/** The content script's UI strings, read from browser.i18n when first needed. */
import type { OutlineLabels } from '@/components/outline/Outline';
import type { FollowLabels } from '@/components/follow/FollowButton';
import { t } from '@/platform/i18n';
import { phase } from '@/utils/perf/timing';

/** A string by name, for the highlighter (which takes names as plain strings). */
export const label = (name: string, substitution?: string): string => t(name as Parameters<typeof t>[0], substitution);

let outline: OutlineLabels | null = null;

export const outlineLabels = (): OutlineLabels =>
  (outline ??= phase('labels', () => ({
    title: t('outlineTitle'),
    tab: t('extShortName'),
    open: (n) => t('outlineOpen', String(n)),
    close: t('outlineClose'),
    intro: t('outlineIntro'),
    empty: t('outlineEmpty'),
    categories: t('outlineCategories'),
    hint: t('outlineHint'),
    density: t('skimDensity'),
    densities: { full: t('densityFull'), cores: t('densityCores'), off: t('densityOff') },
    copy: t('keyPointsCopy'),
    copied: t('keyPointsCopied'),
    copyFailed: t('keyPointsCopyFailed'),
    expand: t('outlineExpand'),
    category: {
      heading: t('categoryHeading'),
      obligation: t('categoryObligation'),
      prohibition: t('categoryProhibition'),
      target: t('categoryTarget'),
      emphasis: t('categoryEmphasis'),
    },
  })));

let follow: FollowLabels | null = null;

export const followLabels = (): FollowLabels =>
  (follow ??= {
    follow: t('followArticle'),
    following: t('followingArticle'),
    detail: (n) => t('followDetail', String(n)),
  });
