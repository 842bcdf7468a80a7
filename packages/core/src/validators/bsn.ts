/**
 * Dutch citizen service number (BSN) by the 11-proof: 9 digits (or 8, read with a
 * leading zero); digits × 9…2, minus the last digit, must be divisible by 11.
 * Spaces, dots and dashes between digits are accepted; 000000000 is not a BSN.
 */
export function isValidBsn(s: string): boolean {
  const digits = s.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return false;
  const d = digits.length === 8 ? `0${digits}` : digits;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  sum -= d.charCodeAt(8) - 48;
  return sum !== 0 && sum % 11 === 0;
}
