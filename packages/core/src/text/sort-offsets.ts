/**
 * Sorts the first `n` offsets of `list` in place, ascending. Candidate offsets of a post are
 * few: an insertion sort needs no comparator calls; long lists go to the built-in sort (a
 * typed array's sorts numerically by itself).
 */
export function sortOffsets(list: number[] | Int32Array, n = list.length): void {
  if (n > 48) {
    if (!Array.isArray(list)) {
      list.subarray(0, n).sort();
      return;
    }
    if (n === list.length) {
      list.sort((a, b) => a - b);
      return;
    }
  }
  for (let i = 1; i < n; i++) {
    const v = list[i] as number;
    let j = i - 1;
    while (j >= 0 && (list[j] as number) > v) {
      list[j + 1] = list[j] as number;
      j--;
    }
    list[j + 1] = v;
  }
}
