import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton } from '@/utils/analysis/automaton-build';
import { Automaton } from '@/utils/analysis/automaton';
import { EN_RULE_KEYS, ZH_RULE_KEYS } from '@/utils/analysis/rule-index.generated';

/** Every occurrence of every key, by a plain search: [key id, start], sorted. */
function naive(keys: readonly string[], text: string, ignoreCase: boolean): [number, number][] {
  const fold = (s: string) => (ignoreCase ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s);
  const t = fold(text);
  const out: [number, number][] = [];
  keys.forEach((key, id) => {
    const k = fold(key);
    for (let at = t.indexOf(k); at >= 0; at = t.indexOf(k, at + 1)) out.push([id, at]);
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function found(automaton: Automaton, text: string): [number, number][] {
  const n = automaton.collect(text);
  const out: [number, number][] = [];
  for (let h = 0; h < n; h++) out.push([automaton.hits[2 * h]!, automaton.hits[2 * h + 1]!]);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('Automaton', () => {
  it('finds every occurrence of every key, overlapping ones included, as a plain search does', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '要', '求', '不', 'A', 'B', ' ');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join('')),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')),
        fc.boolean(),
        (keys, text, ignoreCase) => {
          // Distinct keys after folding, as the matcher passes them.
          const distinct = ignoreCase ? [...new Map(keys.map((k) => [k.toLowerCase(), k])).values()] : keys;
          const automaton = buildAutomaton(distinct, ignoreCase);
          expect(found(automaton, text)).toEqual(naive(distinct, text, ignoreCase));
          // The generator's written form loads into the same automaton.
          const loaded = Automaton.load(JSON.parse(JSON.stringify(automaton.toData())));
          expect(found(loaded, text)).toEqual(naive(distinct, text, ignoreCase));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("is written as plain arrays with each state's end lists, which a page copies as they are (nothing decoded or worked out state by state)", () => {
    const fields = ['symbols', 'symOf', 'firstChild', 'fail', 'endFrom', 'endKey', 'endLength'] as const;
    for (const data of [buildAutomaton(['要求', '求', '必须']).toData(), ZH_RULE_KEYS().automaton]) {
      for (const field of fields) expect(Array.isArray(data[field]), field).toBe(true);
      expect(data.endFrom).toHaveLength(data.symOf.length + 1);
    }
    // 要求 ends in its own state, where 求 (its failure state's key) ends too: the longer first.
    const data = buildAutomaton(['要求', '求']).toData();
    const s = data.firstChild[data.firstChild[0]! + data.symbols.indexOf('要'.charCodeAt(0))]!;
    expect(data.endKey.slice(data.endFrom[s], data.endFrom[s + 1])).toEqual([0, 1]);
    expect(data.endLength.slice(data.endFrom[s], data.endFrom[s + 1])).toEqual([2, 1]);
  });

  it('reports hits in the order of their ends, and grows its hit buffer', () => {
    const automaton = buildAutomaton(['a', 'aa', 'aaa']);
    const n = automaton.collect('a'.repeat(200));
    expect(n).toBe(200 + 199 + 198);
    let lastEnd = -1;
    for (let h = 0; h < n; h++) {
      const key = automaton.hits[2 * h]!;
      const end = automaton.hits[2 * h + 1]! + key + 1;
      expect(end).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = end;
    }
  });

  it('leaves out the hits of keys flagged to count only where a word starts, when they start inside a word', () => {
    const alphabet = fc.constantFrom('i', 's', 't', 'h', ' ', '_', '1', '要');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((cs) => cs.join('')),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')),
        (keys, flags, text) => {
          const automaton = buildAutomaton(keys);
          const atWordStart = Uint8Array.from(flags.slice(0, keys.length), Number);
          const n = automaton.collect(text, atWordStart);
          const out: [number, number][] = [];
          for (let h = 0; h < n; h++) out.push([automaton.hits[2 * h]!, automaton.hits[2 * h + 1]!]);
          out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          const inWord = (at: number) => at > 0 && /\w/.test(text[at - 1]!);
          expect(out).toEqual(naive(keys, text, false).filter(([key, at]) => !(atWordStart[key] && inWord(at))));
        },
      ),
      { numRuns: 300 },
    );
    expect(found(buildAutomaton(['is']), 'this is')).toEqual([
      [0, 2],
      [0, 5],
    ]);
    const automaton = buildAutomaton(['is']);
    expect(automaton.collect('this is', Uint8Array.of(1))).toBe(1);
    expect(automaton.hits[1]).toBe(5);
  });

  it('compares only ASCII letters without case', () => {
    const automaton = buildAutomaton(['shall', 'é'], true);
    expect(found(automaton, 'SHALL Shall É é')).toEqual([
      [0, 0],
      [0, 6],
      [1, 14],
    ]);
  });
});

describe('Automaton without the whole transition table (more states × symbols than it builds in full)', () => {
  it('finds what a plain search finds', () => {
    // 400 keys over 300 characters: about 1,000 states of 300 symbols, past the full table's size.
    const chars = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')),
          {
            minLength: 400,
            maxLength: 400,
          },
        ),
        fc.array(fc.constantFrom(...chars.slice(0, 20), 'x'), { maxLength: 200 }).map((cs) => cs.join('')),
        (keys, text) => {
          const automaton = buildAutomaton(keys);
          expect((automaton as unknown as { delta: unknown }).delta).toBeNull();
          // Text from the first characters only: the keys made of them are the ones found.
          expect(found(automaton, text)).toEqual(naive(keys, text, false));
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('Automaton without the whole transition table, keys that overlap', () => {
  it('follows the failure chains as a plain search does (each state: the root row and its exceptions)', () => {
    // 300 one-character and 200 two-character filler keys make the table too large to build in
    // full; the keys under test, over a small alphabet, overlap at every depth, so that a state's
    // exceptions come from its own children and from its failure states'.
    const big = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const filler = [...big, ...big.slice(0, 200).map((c, i) => c + big[(i * 7) % 300]!)];
    const alphabet = fc.constantFrom('a', 'b', 'c', '要', '求');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')),
          { minLength: 1, maxLength: 30 },
        ),
        fc.array(fc.oneof(alphabet, fc.constantFrom(...big.slice(0, 3))), { maxLength: 80 }).map((cs) => cs.join('')),
        (own, text) => {
          const keys = [...new Set([...filler, ...own])];
          const automaton = buildAutomaton(keys);
          expect((automaton as unknown as { delta: unknown }).delta).toBeNull();
          expect(found(automaton, text)).toEqual(naive(keys, text, false));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('Automaton size', () => {
  it('refuses more states than a transition target holds (15 bits beside its ENDS flag)', () => {
    // One-character keys: a state each, past 32,767.
    const keys = Array.from({ length: 32_767 }, (_, i) => String.fromCharCode(0x3400 + i));
    expect(() => buildAutomaton(keys)).toThrow(/32767/);
    expect(() => buildAutomaton(keys.slice(1))).not.toThrow();
  });
});

describe("the directive tables' automata", () => {
  it('walk the English table with the whole transition table (one lookup per character)', () => {
    // The English table grew past the old 65,536-entry limit (1,055 states × 65 symbols) and its
    // walk fell back to the search among children, twice as slow; this notices the next time.
    const english = Automaton.load(EN_RULE_KEYS().automaton) as unknown as { delta: Uint16Array | null };
    expect(english.delta).not.toBeNull();
  });
});
