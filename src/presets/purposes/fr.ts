/** The presets' purposes in French. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'French',
  written: {
    'google-analytics': 'Compte les visites et nous montre comment le site est utilisé, pour que nous puissions l’améliorer.',
    'google-tag-manager': 'Charge les outils de statistiques et les autres outils du site, une fois que vous les avez autorisés.',
    'google-ads': 'Mesure l’efficacité de nos annonces Google et nous permet de vous montrer nos publicités sur d’autres sites.',
    youtube: 'Affiche les vidéos YouTube sur ce site ; YouTube peut déposer ses propres cookies dès qu’une vidéo se charge.',
    vimeo: 'Affiche les vidéos Vimeo sur ce site ; Vimeo peut déposer ses propres cookies dès qu’une vidéo se charge.',
    'google-maps': 'Affiche des cartes interactives sur ce site ; Google peut déposer ses propres cookies dès qu’une carte se charge.',
    'meta-pixel': 'Mesure l’efficacité de nos publicités sur Facebook et Instagram, et nous permet de vous y montrer nos annonces.',
    'linkedin-insight': 'Mesure l’efficacité de nos publicités LinkedIn, et nous permet de vous montrer nos annonces sur LinkedIn.',
    'tiktok-pixel': 'Mesure l’efficacité de nos publicités TikTok, et nous permet de vous montrer nos annonces sur TikTok.',
    hotjar: 'Enregistre vos défilements et vos clics (cartes de chaleur, enregistrements de session) pour repérer où le site est difficile à utiliser.',
    'microsoft-clarity': 'Enregistre vos défilements et vos clics (cartes de chaleur, enregistrements de session) pour voir ce que nous pouvons améliorer.',
    'microsoft-advertising': 'Mesure l’efficacité de nos publicités sur Bing et les autres services Microsoft, et nous permet de vous y montrer nos annonces.',
  },
  kinds: {
    platformAds: (b) => `Mesure l’efficacité de nos publicités sur ${b} et nous permet de vous y montrer nos publicités.`,
    retargeting: (b) => `Vous montre, via ${b}, des publicités pour les produits consultés ici lorsque vous visitez d’autres sites.`,
    siteAds: (b) => `Affiche des publicités et des articles recommandés sur ce site via ${b}, qui peut les choisir selon vos centres d’intérêt.`,
    productAnalytics: (b) => `Enregistre dans ${b} votre utilisation de ce site, page par page et clic par clic, pour voir ce que nous pouvons améliorer.`,
    statistics: (b) => `Compte les visites avec ${b} et nous montre les pages lues, pour que nous puissions améliorer le site.`,
    audio: (b) => `Lit des contenus audio ${b} sur ce site ; ${b} peut déposer ses propres cookies au chargement d’un lecteur.`,
    social: (b) => `Affiche les boutons et publications ${b} pour aimer ou partager nos pages ; ${b} peut déposer ses propres cookies à leur chargement.`,
    posts: (b) => `Affiche des publications ${b} sur ce site ; ${b} peut déposer ses propres cookies au chargement d’une publication.`,
    chat: (b) => `Vous permet de discuter avec nous ou de demander de l’aide via ${b}, et garde votre conversation en mémoire.`,
    comments: (b) => `Affiche les commentaires sous nos articles et vous permet d’écrire les vôtres, via ${b}.`,
    botCheck: (b) => `Vérifie avec ${b} que les formulaires de ce site sont envoyés par une personne et non par un robot.`,
    payments: (b) => `Encaisse les paiements par carte en toute sécurité via ${b} et aide à prévenir la fraude.`,
    marketing: (b) => `Enregistre dans ${b} vos visites et les formulaires envoyés, pour assurer le suivi et améliorer notre marketing.`,
  },
};
