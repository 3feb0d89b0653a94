/**
 * Decoding saved HTML pages. Chinese portals still serve GB2312/GBK pages, declared only in a
 * <meta> tag, so the charset is sniffed from the first bytes before decoding.
 */

const GB_FAMILY = /^(gb2312|gbk|gb18030|x-gbk|cp936|csgb2312|euc-cn)$/i;

/** The charset a page declares in its first 2 KB (`<meta charset>` or http-equiv), or null. */
export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // The head is ASCII in every charset these pages use, so latin1 is a safe lens for it.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes page bytes with the declared charset; GBK and GB2312 are read as GB18030. */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = sniffCharset(bytes) ?? 'utf-8';
  const label = GB_FAMILY.test(declared) ? 'gb18030' : declared;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
