/**
 * "Did you mean": the option a misspelt value was most likely meant to be, for the
 * validator's messages and the command line alike. Pure. It suggests only what is close
 * (another case, or a typo or two) and only when one option is the closest: a wrong
 * suggestion costs more than none.
 */

/** Edits between two strings: insert, delete, replace, or swap two neighbours. */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? d[i - 2]![j - 2]! + 1 : Infinity;
      d[i]![j] = i ? Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + +(a[i - 1] !== b[j - 1]), swap) : j;
    }
  }
  return d[a.length]![b.length]!;
}

/** The option `value` most likely meant, or `undefined` when none is close or two are equally close. */
export function suggest(value: unknown, options: readonly string[]): string | undefined {
  if (typeof value !== 'string' || options.includes(value)) return;
  const wanted = value.toLowerCase();
  // One typo in a short word, two from six letters, three from nine: further than that is another word.
  const limit = Math.max(1, Math.min(3, (wanted.length / 3) | 0));
  let best: string | undefined;
  let least = limit + 1;
  for (const option of options) {
    if (Math.abs(option.length - wanted.length) > limit) continue; // also keeps hostile long input cheap
    const edits = distance(wanted, option.toLowerCase());
    if (edits < least) [best, least] = [option, edits];
    else if (edits === least) best = undefined;
  }
  return best;
}

/** ` (did you mean "x"?)` when there is a suggestion, else nothing: the tail of a message. */
export const didYouMean = (value: unknown, options: readonly string[]): string => {
  const hint = suggest(value, options);
  return hint ? ` (did you mean "${hint}"?)` : '';
};
