/**
 * Splits a JSON document, read a chunk at a time, into the elements of its annotation arrays,
 * each handed over as its own text for `JSON.parse`. Pure.
 *
 * Why not a streaming JSON parser: one that builds values token by token (@streamparser/json)
 * spent about 7 s of script time on a 90 MB export of 100,000 annotations; this one only finds
 * where each element begins and ends (a character loop that tracks nesting; a string's end is
 * found with `indexOf`) and leaves the parsing to the engine's own `JSON.parse`, several times
 * faster.
 *
 * What is not an element of such an array — the document around them — is kept as a skeleton
 * text with each element replaced by `0`: it is small (a few hundred bytes for our export plus
 * two bytes per element) and `end()` parses it, so a document broken anywhere outside the
 * elements is refused as surely as one broken inside them (there, `JSON.parse` refuses it).
 * A skeleton over `maxOutsideChars` is refused as soon as it is read: filler beside the
 * elements (a hostile file's 500 MB string) is never held.
 * Nesting deeper than `maxDepth` anywhere throws as soon as it is read, before anything is
 * built. No text is ever scanned twice: chunks are scanned once, element texts joined once; an
 * element longer than `maxItemChars` is scanned to its end but not kept (handed over as null).
 */

export interface JsonItemsOptions {
  /** Whether the array at this path (keys joined by '.', '*' for an array's element; '' for the root) holds the items. */
  isItemArray: (path: string) => boolean;
  /** Called with each element's text, in order; null for one longer than `maxItemChars` (not kept). */
  onItem: (text: string | null) => void;
  maxDepth: number;
  maxItemChars: number;
  /** Characters kept outside the items (the skeleton): past them the document is refused. */
  maxOutsideChars: number;
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
}

export class JsonDepthError extends Error {
  override name = 'JsonDepthError';
}

/** More text outside the items than a document of that shape has (a hostile file's filler). */
export class JsonOutsideError extends Error {
  override name = 'JsonOutsideError';
}

interface Frame {
  array: boolean;
  path: string;
  /** The array holds items (every element is handed over). */
  items: boolean;
  /** An object's key read last. */
  key: string;
}

/** Character codes the splitter reads. */
const C = {
  Quote: 0x22,
  Comma: 0x2c,
  Colon: 0x3a,
  OpenBrace: 0x7b,
  CloseBrace: 0x7d,
  OpenBracket: 0x5b,
  CloseBracket: 0x5d,
} as const;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonItems {
  private readonly stack: Frame[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Inside an item: its nesting below the array, and its text so far (earlier chunks). */
  private inItem = false;
  private itemDepth = 0;
  private itemParts: string[] = [];
  private itemChars = 0;
  /** The next value starts an item (after an items array's `[` or `,`). */
  private awaitItem = false;
  private expectKey = false;
  /** Collecting an object's key (its text, quotes included, over chunks). */
  private keyParts: string[] | null = null;
  private readonly skeleton: string[] = [];
  private skeletonChars = 0;
  private started = false;

  constructor(private readonly o: JsonItemsOptions) {}

  write(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    /** Start (in this chunk) of the text not yet added to the skeleton or to the item. */
    let from = 0;
    let keyFrom = -1;
    if (this.keyParts) keyFrom = 0;
    /** The next backslash at or after the last search (n: none left in the chunk). */
    let backslash = -1;
    while (i < n) {
      if (this.inString) {
        // The hot loop: most of a file is inside strings.
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        // The string's end found by `indexOf` (the engine's own search) rather than a character
        // at a time: 2.5 s of the page's script per 100,000 annotations went to this loop.
        // The next backslash is kept per chunk (searched again only once passed), so a chunk
        // with few is searched for them once, not once per string.
        for (;;) {
          if (backslash < i) {
            backslash = chunk.indexOf('\\', i);
            if (backslash < 0) backslash = n;
          }
          let quote = chunk.indexOf('"', i);
          if (quote < 0) quote = n;
          if (backslash < quote) {
            // An escape: the character after the backslash is skipped (in the next chunk, when
            // the backslash ends this one).
            if (backslash + 1 < n) i = backslash + 2;
            else {
              this.escaped = true;
              i = n;
              break;
            }
          } else {
            i = quote;
            break;
          }
        }
        if (i >= n) break;
        this.inString = false;
        i++;
        if (this.keyParts) {
          this.keyParts.push(chunk.slice(keyFrom, i));
          this.stack[this.stack.length - 1]!.key = parseKey(this.keyParts.join(''));
          this.keyParts = null;
          this.expectKey = false;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (this.inItem) {
        if (c === C.Quote) this.inString = true;
        else if (c === C.OpenBrace || c === C.OpenBracket) {
          this.itemDepth++;
          this.open();
        } else if ((c === C.CloseBrace || c === C.CloseBracket) && this.itemDepth > 0) {
          this.itemDepth--;
          this.depth--;
        } else if (c === C.Comma || c === C.CloseBrace || c === C.CloseBracket) {
          if (this.itemDepth === 0) {
            // The item ends here; the character is the array's, read again below.
            this.keepItemText(chunk.slice(from, i));
            const text = this.itemChars > this.o.maxItemChars ? null : this.itemParts.join('');
            this.itemParts = [];
            this.inItem = false;
            from = i;
            this.o.onItem(text);
            continue;
          }
        }
        i++;
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      this.started = true;
      if (this.awaitItem && c !== C.CloseBracket) {
        this.awaitItem = false;
        this.keepOutside(chunk.slice(from, i));
        this.skeleton.push('0');
        from = i;
        this.inItem = true;
        this.itemDepth = 0;
        this.itemChars = 0;
        continue; // the item's first character, read again as the item's
      }
      const top = this.stack[this.stack.length - 1];
      if (c === C.Quote) {
        this.inString = true;
        if (top && !top.array && this.expectKey) {
          this.keyParts = [];
          keyFrom = i;
        }
      } else if (c === C.OpenBrace || c === C.OpenBracket) {
        this.open();
        const path = !top ? '' : top.array ? `${top.path}.*` : top.path ? `${top.path}.${top.key}` : top.key;
        const array = c === C.OpenBracket;
        const items = array && this.o.isItemArray(path);
        this.stack.push({ array, path, items, key: '' });
        this.expectKey = !array;
        this.awaitItem = items;
      } else if (c === C.CloseBrace || c === C.CloseBracket) {
        this.stack.pop();
        this.depth--;
        this.awaitItem = false;
        this.expectKey = false;
      } else if (c === C.Comma) {
        if (top && !top.array) this.expectKey = true;
        else if (top?.items) this.awaitItem = true;
      } else if (c === C.Colon) this.expectKey = false;
      i++;
    }
    if (this.inItem) this.keepItemText(chunk.slice(from));
    else this.keepOutside(chunk.slice(from));
    if (this.keyParts && keyFrom >= 0 && this.inString) this.keyParts.push(chunk.slice(keyFrom));
  }

  /** The document around the items (each item a `0`), parsed; throws JsonSyntaxError for a broken or unfinished one. */
  end(): unknown {
    if (!this.started) throw new JsonSyntaxError('the file is empty');
    if (this.inString || this.inItem || this.stack.length) throw new JsonSyntaxError('the file ends too early');
    try {
      return JSON.parse(this.skeleton.join('')) as unknown;
    } catch (e) {
      throw new JsonSyntaxError((e instanceof Error ? e.message : String(e)).split('\n')[0]);
    }
  }

  /** An item's text is kept up to `maxItemChars` (a hostile file's one huge element costs no memory). */
  private keepItemText(text: string) {
    this.itemChars += text.length;
    if (this.itemChars <= this.o.maxItemChars) this.itemParts.push(text);
    else this.itemParts = [];
  }

  /** The skeleton is kept whole until `end()`: bounded, so filler beside the items costs no memory. */
  private keepOutside(text: string) {
    this.skeletonChars += text.length;
    if (this.skeletonChars > this.o.maxOutsideChars)
      throw new JsonOutsideError(`more than ${this.o.maxOutsideChars} characters outside the annotations`);
    this.skeleton.push(text);
  }

  private open() {
    if (++this.depth > this.o.maxDepth) throw new JsonDepthError(`nested deeper than ${this.o.maxDepth} levels`);
  }
}

function parseKey(text: string): string {
  try {
    const key: unknown = JSON.parse(text);
    return typeof key === 'string' ? key : '';
  } catch {
    // A broken key: the skeleton's parse at the end says so.
    return '';
  }
}
