// Italian texts: dist/i18n/it.js for the script tag, i18n/it.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/it';

export const texts: TextOverrides = {
  bannerTitle: 'Usiamo i cookie',
  bannerText:
    'I cookie necessari fanno funzionare questo sito. Vorremmo usare anche cookie analitici, funzionali e di altro tipo, ma solo con il tuo consenso. Puoi cambiare la tua scelta in qualsiasi momento.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  preferences: 'Modifica preferenze',
  policyLink: 'Informativa sui cookie',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesText: 'Scegli quali cookie possiamo usare. I cookie necessari sono sempre attivi: senza di loro il sito non può funzionare.',
  save: 'Salva le scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  services: 'Servizi',
  cookieName: 'Nome',
  cookieProvider: 'Fornitore',
  cookieDuration: 'Durata',
  cookiePurpose: 'Finalità',
  cookieDetails: 'Cookie utilizzati',
  servicePolicy: 'Informativa sulla privacy',
  gpcHonoured: 'Il tuo browser ha inviato un segnale Global Privacy Control, quindi gli altri cookie restano disattivati finché non sei tu ad attivarli.',
  noticeTitle: 'Le tue scelte sulla privacy',
  noticeText: 'Questo sito usa i cookie per funzionare, misurarne l’utilizzo e ricordare le tue impostazioni. Puoi cambiare quali usiamo.',
  optOutText:
    'Usiamo i cookie per misurare l’utilizzo del sito, ricordare le tue impostazioni e mostrare pubblicità insieme ai nostri partner: questo può costituire una vendita o una condivisione dei tuoi dati personali. Puoi opporti in qualsiasi momento.',
  doNotSell: 'Non vendere né condividere i miei dati personali',
  dismiss: 'OK',
  placeholderText: 'Questo contenuto di {service} è bloccato perché può impostare cookie.',
  placeholderLoadOnce: 'Carica una volta',
  placeholderAllow: 'Consenti sempre',
  categories: {
    necessary: { label: 'Cookie necessari', description: 'Fanno funzionare il sito in modo sicuro e ricordano le tue scelte sui cookie.' },
    analytical: { label: 'Cookie analitici', description: 'Contano le visite e ci mostrano come viene usato il sito, così possiamo migliorarlo.' },
    functional: { label: 'Cookie funzionali', description: 'Ricordano le tue impostazioni e fanno funzionare contenuti come video e mappe.' },
    other: { label: 'Altri cookie', description: 'Usati per la pubblicità e condivisi con partner, che possono combinarli con altri dati che ti riguardano.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
