import type { Template } from '../../i18n.js';
import type { SecretMessageId } from './options.js';

export const secretsMessages: Record<SecretMessageId, Template> = {
  token: {
    nl: 'Dit lijkt een geheime sleutel ({name}). Wie hem ziet, kan ermee inloggen: haal hem weg en laat hem meteen intrekken en vervangen.',
    en: 'This looks like a secret key ({name}). Anyone who sees it can use it: remove it and have it revoked and replaced at once.',
  },
  privateKey: {
    nl: 'Privésleutel in een bericht. Een privésleutel is nooit bedoeld om te delen: haal hem weg en vervang het sleutelpaar.',
    en: 'Private key in a post. A private key is never meant to be shared: remove it and replace the key pair.',
  },
  password: {
    nl: 'Wachtwoord of pincode in een bericht. Deel inloggegevens nooit, ook niet even; wijzig het wachtwoord nu het zichtbaar is geweest.',
    en: 'Password or PIN in a post. Never share login details, not even briefly; change the password now that it has been seen.',
  },
  credentialsInUrl: {
    nl: 'Link met gebruikersnaam en wachtwoord erin. Haal ze uit de link en wijzig het wachtwoord.',
    en: 'Link with a user name and password in it. Take them out of the link and change the password.',
  },
  randomString: {
    nl: 'Lange willekeurige reeks na "{keyword}": waarschijnlijk een sleutel of token. Deel die nooit; laat hem intrekken als hij gelekt is.',
    en: 'Long random string after "{keyword}": probably a key or token. Never share one; have it revoked if it has leaked.',
  },
};
