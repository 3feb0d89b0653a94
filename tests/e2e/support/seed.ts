/** The seed article, as the end-to-end tests use it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './server';

/** Its real address (served by the fixture server from tests/fixtures/pages). */
export const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';

/** A sentence of the seed's body that appears once. */
export const SEED_SENTENCE = '网络时代,统战成员大多数成为网民,畅游于互联网,活跃在移动端';

/** A highlight draft on the seed sentence, as `highlights/save` takes it. */
export const seedDraft = (id: string, over: object = {}) => ({
  id,
  url: SEED_URL,
  title: '提能善为',
  site: 'dangpai.people.com.cn',
  quote: { exact: SEED_SENTENCE, prefix: '', suffix: '' },
  position: { start: 1000, end: 1000 + SEED_SENTENCE.length },
  color: 'green',
  note: '',
  tags: [],
  ...over,
});

/** The seed article on a dark page (the page's own dark style, whatever the system's scheme). */
export const DARK_SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/dark-c117259-29138146.html';
const DARK_STYLE =
  '<style>html, body, body * { background: #161616 !important; color: #e6e6e6 !important; border-color: #444 !important; }</style>';

/** Serves the dark seed at DARK_SEED_URL. */
export function routeDarkSeed(server: {
  route(url: string, route: { body: string; contentType: string }): void;
}): void {
  const html = readFileSync(join(FIXTURES_DIR, 'people-2017-tongzhan.html'), 'utf8');
  server.route(DARK_SEED_URL, {
    body: html.replace('</head>', `${DARK_STYLE}</head>`),
    contentType: 'text/html; charset=utf-8',
  });
}
