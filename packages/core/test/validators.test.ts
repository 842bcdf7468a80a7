import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../src/validators/bsn.js';
import { isEmail } from '../src/validators/email.js';
import { shannonEntropy } from '../src/validators/entropy.js';
import { compactIban, ibanLength, isValidIban } from '../src/validators/iban.js';
import { cardBrand, isCardNumber, luhn } from '../src/validators/luhn.js';
import { dutchPhoneType, normalisePhone } from '../src/validators/phone.js';
import { isDutchPostcode } from '../src/validators/postcode.js';

describe('isValidIban', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91abna0417164300',
    'NL44RABO0123456789',
    'DE89370400440532013000',
    'BE68539007547034',
    'GB82WEST12345698765432',
    'FR1420041010050500013M02606',
  ])('accepts %s', (iban) => expect(isValidIban(iban)).toBe(true));

  it.each([
    ['bad check digits', 'NL91ABNA0417164301'],
    ['swapped digits', 'NL19ABNA0417164300'],
    ['NL bank code with a digit', 'NL91AB1A0417164300'],
    ['too short for NL', 'NL91ABNA041716430'],
    ['too long for BE', 'BE685390075470341'],
    ['unknown country', 'XX91ABNA0417164300'],
    ['not an IBAN', 'hello world'],
  ])('rejects %s', (_why, iban) => expect(isValidIban(iban)).toBe(false));

  it('compacts and knows lengths', () => {
    expect(compactIban('nl91 abna-0417.1643 00')).toBe('NL91ABNA0417164300');
    expect(ibanLength('nl')).toBe(18);
    expect(ibanLength('US')).toBeUndefined();
  });
});

describe('isValidBsn', () => {
  it.each(['111222333', '123456782', '111.222.333', '111 222 333', '10000021'])(
    'accepts %s',
    (bsn) => expect(isValidBsn(bsn)).toBe(true),
  );
  it.each(['111222334', '123456789', '000000000', '1234567', '1234567890', '11122233a'])(
    'rejects %s',
    (bsn) => expect(isValidBsn(bsn)).toBe(false),
  );
});

describe('luhn and card numbers', () => {
  it('computes the Luhn check', () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
    expect(luhn('')).toBe(false);
    expect(luhn('12a4')).toBe(false);
  });
  it.each([
    ['4111 1111 1111 1111', 'Visa'],
    ['4111-1111-1111-1111', 'Visa'],
    ['5555555555554444', 'Mastercard'],
    ['2223003122003222', 'Mastercard'],
    ['378282246310005', 'American Express'],
    ['6011111111111117', 'Discover'],
    ['3530111333300000', 'JCB'],
  ])('accepts %s (%s)', (card, brand) => {
    expect(isCardNumber(card)).toBe(true);
    expect(cardBrand(card.replace(/\D/g, ''))).toBe(brand);
  });
  it.each([
    ['bad check digit', '4111 1111 1111 1112'],
    ['unknown prefix', '1111 1111 1111 1117'],
    ['wrong length for the brand', '37828224631000'],
    ['too short', '411111111111'],
  ])('rejects %s', (_why, card) => expect(isCardNumber(card)).toBe(false));
});

describe('Dutch phone numbers', () => {
  it.each([
    ['06-12345678', 'mobile', '0612345678'],
    ['06 1234 5678', 'mobile', '0612345678'],
    ['+31 6 12345678', 'mobile', '0612345678'],
    ['+31 (0)6 1234 5678', 'mobile', '0612345678'],
    ['0031 6 1234 5678', 'mobile', '0612345678'],
    ['020-1234567', 'landline', '0201234567'],
    ['(020) 123 45 67', 'landline', '0201234567'],
    ['+31 (0)20 123 4567', 'landline', '0201234567'],
    ['085 123 4567', 'voip', '0851234567'],
    ['088 123 4567', 'company', '0881234567'],
    ['0800-1234', 'service', '08001234'],
    ['0900 123 4567', 'service', '09001234567'],
    ['14 020', 'municipal', '14020'],
    ['+32 470 12 34 56', 'international', '+32470123456'],
  ])('%s is %s', (raw, type, normal) => {
    expect(dutchPhoneType(raw)).toBe(type);
    expect(normalisePhone(raw)).toBe(normal);
  });
  it.each(['06-1234567', '061234567890', '0612 34 56', '1234567890', '060 1234567', '+31 0'])(
    '%s is no phone number',
    (raw) => expect(dutchPhoneType(raw)).toBeUndefined(),
  );
});

describe('postcode, e-mail, entropy', () => {
  it('reads Dutch postcodes', () => {
    expect(isDutchPostcode('1234 AB')).toBe(true);
    expect(isDutchPostcode('1234AB')).toBe(true);
    expect(isDutchPostcode('0123 AB')).toBe(false);
    expect(isDutchPostcode('1234 SS')).toBe(false);
    expect(isDutchPostcode('1234 SA')).toBe(false);
    expect(isDutchPostcode('1234 SD')).toBe(false);
    expect(isDutchPostcode('1234 ab')).toBe(false);
  });
  it('reads e-mail addresses', () => {
    expect(isEmail('jan.jansen@example.nl')).toBe(true);
    expect(isEmail('j+tag@sub.example.co.uk')).toBe(true);
    expect(isEmail('@spoorland')).toBe(false);
    expect(isEmail('jan@localhost')).toBe(false);
    expect(isEmail('jan@example.n1')).toBe(false);
  });
  it('scores random strings above words', () => {
    expect(shannonEntropy('AbC123xyZ789QweRTy456pl')).toBeGreaterThan(4);
    expect(shannonEntropy('aaaaaaaaaaaaaaaaaaaa')).toBe(0);
    expect(shannonEntropy('klantenservice')).toBeLessThan(3.5);
    expect(shannonEntropy('')).toBe(0);
  });
});
