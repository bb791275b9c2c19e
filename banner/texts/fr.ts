// French texts: dist/i18n/fr.js for the script tag, i18n/fr.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/fr';

export const texts: TextOverrides = {
  bannerTitle: 'Nous utilisons des cookies',
  bannerText:
    'Certains cookies sont nécessaires au fonctionnement de ce site. Nous n’utilisons les autres qu’avec votre accord, et vous pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Personnaliser',
  policyLink: 'Politique de cookies',
  preferencesTitle: 'Préférences de cookies',
  preferencesText: 'Choisissez les cookies que nous pouvons utiliser. Ceux sans lesquels le site ne peut pas fonctionner sont toujours actifs.',
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
    'Votre navigateur a envoyé un signal Global Privacy Control, et nous le respectons. Désactivés tant que vous ne les activez pas vous-même\u00a0: {categories}.',
  bannerPurposes: 'Uniquement avec votre accord\u00a0: {categories}.',
  listComma: ', ',
  listAnd: ' et ',
  noticePurposes: 'Utilisés sur ce site\u00a0: {categories}.',
  gpcNone: 'Votre navigateur a envoyé un signal Global Privacy Control, et nous le respectons. Il ne concerne aucun cookie de ce site.',
  gpcNotHonoured:
    'Votre navigateur a envoyé un signal Global Privacy Control. Ce site ne l’applique pas automatiquement, mais vous pouvez refuser vous-même les cookies ici.',
  consentId: 'Identifiant de votre consentement',
  downloadRecord: 'Télécharger la preuve de mon consentement',
  cookieType: 'Type',
  session: 'De session',
  persistent: 'Persistant',
  noticeTitle: 'Vos choix en matière de confidentialité',
  noticeText: 'Ce site utilise des cookies. Les préférences indiquent à quoi sert chaque type.',
  optOutText:
    'Nous utilisons des cookies, dont certains peuvent constituer une vente ou un partage de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
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
