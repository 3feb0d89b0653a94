/**
 * The rules of a directive's core, as data (the conventions are ../shared/eval/CORES.md):
 * what ends a clause, what numbers a unit, which clauses only frame the directive, the modals
 * (with the words that contain one without being one), the markers of a prohibition and of an
 * emphasis, the phrases that govern an act ("requires X to …"), and the verbs of a goal.
 * cores.ts reads these tables; a new phrase is a new entry here, not a new branch there.
 *
 * Most entries are plain word lists, looked up by first character (word-set.ts's WordSet) rather
 * than compiled into regex alternations: a content script runs them once per page, cold, and a
 * large alternation costs more to compile than to run. Each `WordTable` lists its "false friends"
 * beside its words: where one starts, it wins, so 要求， / 重要 / 需要的 never count as the modal
 * 要 / 需要, and "need not" never as "need".
 */

import type { CoreLangRules } from './core-rule-types';
import { enCoreRules } from './core-rules-en';
import { zhCoreRules } from './core-rules-zh';

/** The tables of a language, built when first asked for. */
export const CORE_RULES: Record<'zh' | 'en', () => CoreLangRules> = { zh: zhCoreRules, en: enCoreRules };
