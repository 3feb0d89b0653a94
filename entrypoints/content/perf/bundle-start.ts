/**
 * Imported first by the content script entry, so this line runs before the other modules of
 * the bundle are evaluated (imports are hoisted; evaluation follows import order). The mark
 * lets the benchmark report time from bundle start as well as from main().
 */
import { mark } from '@/utils/perf/timing';

mark('hzd-bundle-start');
