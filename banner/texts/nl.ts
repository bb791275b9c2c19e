// Dutch texts: dist/i18n/nl.js for the script tag, i18n/nl.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/nl';

export const texts: TextOverrides = {
  bannerTitle: 'Wij gebruiken cookies',
  bannerText:
    'Noodzakelijke cookies zorgen ervoor dat deze site werkt. We willen ook analytische, functionele en andere cookies gebruiken, maar alleen als je daarmee instemt. Je kunt je keuze altijd wijzigen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  preferences: 'Voorkeuren wijzigen',
  policyLink: 'Cookiebeleid',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesText: 'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan: zonder deze cookies werkt de site niet.',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  services: 'Diensten',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookieDuration: 'Bewaartermijn',
  cookiePurpose: 'Doel',
  cookieDetails: 'Gebruikte cookies',
  servicePolicy: 'Privacybeleid',
  gpcHonoured: 'Je browser heeft een Global Privacy Control-signaal gestuurd. Andere cookies blijven daarom uit, tenzij je ze zelf aanzet.',
  noticeTitle: 'Jouw privacykeuzes',
  noticeText: 'Deze site gebruikt cookies om te werken, het gebruik te meten en je instellingen te onthouden. Je kunt wijzigen welke we gebruiken.',
  optOutText:
    'We gebruiken cookies om het gebruik van de site te meten, je instellingen te onthouden en samen met partners advertenties te tonen. Dat kan gelden als het verkopen of delen van je persoonsgegevens. Je kunt hier altijd bezwaar tegen maken.',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  dismiss: 'OK',
  placeholderText: 'Deze inhoud van {service} is geblokkeerd omdat die cookies kan plaatsen.',
  placeholderLoadOnce: 'Eén keer laden',
  placeholderAllow: 'Altijd toestaan',
  categories: {
    necessary: { label: 'Noodzakelijke cookies', description: 'Zorgen dat de site veilig werkt en onthouden je cookiekeuzes.' },
    analytical: { label: 'Analytische cookies', description: 'Tellen bezoeken en laten ons zien hoe de site wordt gebruikt, zodat we hem kunnen verbeteren.' },
    functional: { label: 'Functionele cookies', description: 'Onthouden je instellingen en laten functies zoals video’s en kaarten werken.' },
    other: { label: 'Andere cookies', description: 'Worden gebruikt voor advertenties en gedeeld met partners, die ze kunnen combineren met andere gegevens over jou.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
