/** Spans already claimed by an earlier scanner of a kind, as flat [start, end, start, end, …]. */
export type Claimed = number[];

export function claim(spans: Claimed, start: number, end: number): void {
  spans.push(start, end);
}

export function isClaimed(spans: Claimed, start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k += 2) {
    if (start < (spans[k + 1] ?? 0) && end > (spans[k] ?? 0)) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || Number.isNaN(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Claim every link ("https://…", "www.…") up to the next white space; cheaper than a regex. */
export function claimUrls(text: string, spans: Claimed): void {
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    let end = at + 3;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    claim(spans, start, end);
  }
  for (let at = text.indexOf('www.'); at >= 0; at = text.indexOf('www.', at + 4)) {
    if (at > 0 && !isSpace(text.charCodeAt(at - 1))) continue;
    let end = at + 4;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    claim(spans, at, end);
  }
}
