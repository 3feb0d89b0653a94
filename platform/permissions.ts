import { browser } from 'wxt/browser';

/** Origins and API permissions, as the browser's permissions API takes them. */
export type Permissions = Parameters<typeof browser.permissions.contains>[0];

export const hasPermission = (p: Permissions): Promise<boolean> => browser.permissions.contains(p);

/** Asks the reader; must run straight from a click (browsers grant only during a user gesture). */
export const requestPermission = (p: Permissions): Promise<boolean> => browser.permissions.request(p);

export const removePermission = (p: Permissions): Promise<boolean> => browser.permissions.remove(p);
