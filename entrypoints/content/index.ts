import { PORTAL_MATCHES } from '@/utils/portals';
export default defineContentScript({
  matches: PORTAL_MATCHES,
  main() {},
});
