const POSTCODE = /^[1-9]\d{3} ?(?!S[ADS])[A-Z]{2}$/;

/** Dutch postcode: four digits (not starting with 0), optional space, two capitals other than SA, SD, SS. */
export function isDutchPostcode(s: string): boolean {
  return POSTCODE.test(s);
}
