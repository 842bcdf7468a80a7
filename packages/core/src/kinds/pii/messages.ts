import type { Template } from '../../i18n.js';
import type { PiiType } from './options.js';

const NL_WHY =
  'Publiceer nooit gegevens van een klant of een ander (AVG); vraag ze op of behandel ze in een privébericht.';
const EN_WHY =
  "Never publish a customer's or anyone else's details (GDPR); ask for them or deal with them in a private message.";

export const piiMessages: Record<PiiType, Template> = {
  email: {
    nl: `E-mailadres in een openbaar bericht. ${NL_WHY}`,
    en: `E-mail address in a public post. ${EN_WHY}`,
  },
  phone: {
    nl: `Telefoonnummer in een openbaar bericht. ${NL_WHY}`,
    en: `Phone number in a public post. ${EN_WHY}`,
  },
  iban: {
    nl: `Rekeningnummer (IBAN) in een openbaar bericht. ${NL_WHY}`,
    en: `Bank account number (IBAN) in a public post. ${EN_WHY}`,
  },
  bsn: {
    nl: 'Burgerservicenummer (BSN) in een openbaar bericht. Een BSN mag nooit openbaar; haal het weg en handel de zaak af in een privébericht (AVG, Wabb).',
    en: 'Dutch citizen service number (BSN) in a public post. A BSN must never be public; remove it and deal with the matter in a private message (GDPR).',
  },
  card: {
    nl: `Betaalkaartnummer in een openbaar bericht: misbruik ligt voor de hand. ${NL_WHY}`,
    en: `Payment card number in a public post: it invites fraud. ${EN_WHY}`,
  },
  address: {
    nl: `Adres in een openbaar bericht. ${NL_WHY}`,
    en: `Postal address in a public post. ${EN_WHY}`,
  },
  caseNumber: {
    nl: `Dossier-, klant- of ordernummer in een openbaar bericht: het leidt naar een persoon. ${NL_WHY}`,
    en: `Case, customer or order number in a public post: it leads to a person. ${EN_WHY}`,
  },
};
