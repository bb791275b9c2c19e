// French texts: dist/i18n/fr.js for the script tag, i18n/fr.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/fr';

export const texts: TextOverrides = {
  bannerTitle: 'Nous utilisons des cookies',
  bannerText:
    'Les cookies nécessaires font fonctionner ce site. Nous aimerions aussi utiliser des cookies analytiques, fonctionnels et autres, mais seulement si vous êtes d’accord. Vous pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Personnaliser',
  policyLink: 'Politique de cookies',
  preferencesTitle: 'Préférences de cookies',
  preferencesText: 'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs\u00a0: le site ne peut pas fonctionner sans eux.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  services: 'Services',
  cookieName: 'Nom',
  cookieProvider: 'Fournisseur',
  cookieDuration: 'Durée',
  cookiePurpose: 'Finalité',
  cookieDetails: 'Cookies utilisés',
  servicePolicy: 'Politique de confidentialité',
  gpcHonoured:
    'Votre navigateur a envoyé un signal Global Privacy Control\u00a0: les autres cookies restent donc désactivés, sauf si vous les activez vous-même.',
  noticeTitle: 'Vos choix en matière de confidentialité',
  noticeText: 'Ce site utilise des cookies pour fonctionner, mesurer son audience et mémoriser vos réglages. Vous pouvez choisir ceux que nous utilisons.',
  optOutText:
    'Nous utilisons des cookies pour mesurer l’audience du site, mémoriser vos réglages et diffuser de la publicité avec des partenaires, ce qui peut constituer une vente ou un partage de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  dismiss: 'OK',
  placeholderText: 'Ce contenu de {service} est bloqué, car il peut déposer des cookies.',
  placeholderLoadOnce: 'Charger une fois',
  placeholderAllow: 'Toujours autoriser',
  categories: {
    necessary: { label: 'Cookies nécessaires', description: 'Font fonctionner le site en toute sécurité et mémorisent vos choix en matière de cookies.' },
    analytical: { label: 'Cookies analytiques', description: 'Comptent les visites et nous montrent comment le site est utilisé, pour que nous puissions l’améliorer.' },
    functional: { label: 'Cookies fonctionnels', description: 'Mémorisent vos réglages et permettent d’utiliser des fonctionnalités comme les vidéos et les cartes.' },
    other: { label: 'Autres cookies', description: 'Servent à la publicité et sont partagés avec des partenaires, qui peuvent les combiner avec d’autres données vous concernant.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
