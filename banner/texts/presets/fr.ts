/** The purpose of each built-in preset, in French (labels, providers and cookie texts: en.ts). */
export const PRESET_PURPOSES: Record<string, string> = {
  'google-analytics': 'Compte les visites et nous montre comment le site est utilisé, pour que nous puissions l’améliorer.',
  'google-tag-manager': 'Charge les outils de statistiques et les autres outils du site, une fois que vous les avez autorisés.',
  'google-ads': 'Mesure l’efficacité de nos annonces Google et nous permet de vous montrer nos publicités sur d’autres sites.',
  youtube: 'Affiche les vidéos YouTube sur ce site\u00a0; YouTube peut déposer ses propres cookies dès qu’une vidéo se charge.',
  vimeo: 'Affiche les vidéos Vimeo sur ce site\u00a0; Vimeo peut déposer ses propres cookies dès qu’une vidéo se charge.',
  'google-maps': 'Affiche des cartes interactives sur ce site\u00a0; Google peut déposer ses propres cookies dès qu’une carte se charge.',
  'meta-pixel': 'Mesure l’efficacité de nos publicités sur Facebook et Instagram, et nous permet de vous y montrer nos annonces.',
  'linkedin-insight': 'Mesure l’efficacité de nos publicités LinkedIn, et nous permet de vous montrer nos annonces sur LinkedIn.',
  'tiktok-pixel': 'Mesure l’efficacité de nos publicités TikTok, et nous permet de vous montrer nos annonces sur TikTok.',
  hotjar: 'Enregistre vos défilements et vos clics (cartes de chaleur, enregistrements de session) pour repérer où le site est difficile à utiliser.',
  'microsoft-clarity': 'Enregistre vos défilements et vos clics (cartes de chaleur, enregistrements de session) pour voir ce que nous pouvons améliorer.',
  'microsoft-advertising': 'Mesure l’efficacité de nos publicités sur Bing et les autres services Microsoft, et nous permet de vous y montrer nos annonces.',
};
