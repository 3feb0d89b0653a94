/**
 * Site entries typed by the reader on the options page: a host name, or a pasted URL whose
 * host is taken. Lower-cased, without a trailing dot; null when it isn't a plausible host.
 */
export function parseHostInput(text: string): string | null {
  let s = text.trim().toLowerCase();
  if (!s) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  } else {
    s = s.split(/[/?#]/)[0]!.replace(/:\d+$/, '');
  }
  s = s.replace(/\.$/, '');
  if (s.length > 255) return null;
  // Letters of any script (IDN hosts typed in Chinese), digits, hyphens, dots; no empty labels.
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*$/u.test(s)) return null;
  try {
    // Punycode for internationalized names, the form the browser reports.
    return new URL(`http://${s}/`).hostname;
  } catch {
    return null;
  }
}

/** Adds a host to a list once, keeping the list sorted. */
export function addSite(list: readonly string[], host: string): string[] {
  return [...new Set([...list, host])].sort();
}
