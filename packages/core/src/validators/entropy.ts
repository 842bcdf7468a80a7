const counts = new Uint16Array(128);

/**
 * Shannon entropy in bits per character of an ASCII string (characters above 127
 * count as one symbol). Random base64 of 20+ characters scores above 4; words score below 3.5.
 */
export function shannonEntropy(s: string, start = 0, end = s.length): number {
  const n = end - start;
  if (n <= 0) return 0;
  counts.fill(0);
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const k = c < 128 ? c : 0;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  let bits = 0;
  for (let k = 0; k < 128; k++) {
    const c = counts[k] ?? 0;
    if (c === 0) continue;
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
