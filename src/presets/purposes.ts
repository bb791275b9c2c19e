/**
 * What each preset does for the site, in one plain sentence per language, as the preference
 * centre shows it. The first twelve were written one by one; the presets added with the
 * scanner (issue 14) share sentences by kind of service, with the brand filled in, so every
 * language stays complete when a preset is added. Brand names are never translated.
 */

/** The languages the banner ships (banner/texts/); English is the source. */
export const LANGUAGES = ['en', 'ar', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Purposes = Record<Language, string>;

/** The hand-written purposes of the original presets (issue 3). */
export const WRITTEN: Record<string, Purposes> = {
  "google-analytics": {
    en: "Counts visits and shows us how people use this site, so we can improve it.",
    ar: "يحصي الزيارات ويبيّن لنا كيف يُستخدم هذا الموقع، حتى نتمكّن من تحسينه.",
    de: "Zählt Besuche und zeigt uns, wie diese Website genutzt wird, damit wir sie verbessern können.",
    es: "Cuenta las visitas y nos muestra cómo se usa este sitio, para que podamos mejorarlo.",
    fr: "Compte les visites et nous montre comment le site est utilisé, pour que nous puissions l’améliorer.",
    it: "Conta le visite e ci mostra come viene usato questo sito, così possiamo migliorarlo.",
    nl: "Telt bezoeken en laat ons zien hoe deze site wordt gebruikt, zodat we hem kunnen verbeteren.",
    pl: "Zlicza odwiedziny i pokazuje nam, jak używana jest ta strona, abyśmy mogli ją ulepszać.",
    pt: "Conta as visitas e indica como o site é usado, para que possamos melhorá-lo.",
  },
  "google-tag-manager": {
    en: "Loads the statistics and other tools this site uses, once you allow them.",
    ar: "يحمّل أدوات الإحصاء وغيرها من الأدوات التي يستخدمها هذا الموقع، بعد أن تسمح بها.",
    de: "Lädt die Statistik- und anderen Tools dieser Website, sobald Sie sie zulassen.",
    es: "Carga las herramientas de estadística y las demás que usa este sitio, en cuanto las autorices.",
    fr: "Charge les outils de statistiques et les autres outils du site, une fois que vous les avez autorisés.",
    it: "Carica gli strumenti statistici e gli altri strumenti usati da questo sito, quando li autorizzi.",
    nl: "Laadt de statistiek- en andere tools van deze site zodra je daar toestemming voor geeft.",
    pl: "Wczytuje narzędzia statystyczne i inne narzędzia tej strony, gdy wyrazisz na to zgodę.",
    pt: "Carrega as ferramentas de estatística e as outras ferramentas do site, após a sua autorização.",
  },
  "google-ads": {
    en: "Measures whether our Google ads work and lets us show you our ads on other sites.",
    ar: "يقيس مدى فعالية إعلاناتنا على Google ويتيح لنا أن نعرض لك إعلاناتنا على مواقع أخرى.",
    de: "Misst, ob unsere Google-Anzeigen wirken, und ermöglicht es uns, Ihnen unsere Werbung auf anderen Websites zu zeigen.",
    es: "Mide si nuestros anuncios de Google funcionan y nos permite mostrarte nuestra publicidad en otros sitios.",
    fr: "Mesure l’efficacité de nos annonces Google et nous permet de vous montrer nos publicités sur d’autres sites.",
    it: "Misura l’efficacia dei nostri annunci Google e ci permette di mostrarti la nostra pubblicità su altri siti.",
    nl: "Meet of onze Google-advertenties werken en maakt het mogelijk om je onze advertenties op andere sites te laten zien.",
    pl: "Mierzy skuteczność naszych reklam Google i pozwala nam wyświetlać Ci nasze reklamy na innych stronach.",
    pt: "Mede a eficácia dos nossos anúncios do Google e serve para mostrarmos a nossa publicidade em outros sites.",
  },
  "youtube": {
    en: "Plays YouTube videos on this site; YouTube may set its own cookies when a video loads.",
    ar: "يعرض مقاطع فيديو YouTube على هذا الموقع، وقد يضع YouTube ملفات تعريف الارتباط الخاصة به عند تحميل المقطع.",
    de: "Spielt YouTube-Videos auf dieser Website ab; sobald ein Video lädt, kann YouTube eigene Cookies setzen.",
    es: "Reproduce vídeos de YouTube en este sitio; al cargarse un vídeo, YouTube puede instalar sus propias cookies.",
    fr: "Affiche les vidéos YouTube sur ce site ; YouTube peut déposer ses propres cookies dès qu’une vidéo se charge.",
    it: "Riproduce i video di YouTube su questo sito; quando un video si carica, YouTube può impostare i propri cookie.",
    nl: "Speelt YouTube-video’s af op deze site; zodra een video laadt, kan YouTube eigen cookies plaatsen.",
    pl: "Odtwarza na tej stronie filmy z serwisu YouTube; po wczytaniu filmu YouTube może zapisać własne pliki cookie.",
    pt: "Reproduz vídeos do YouTube neste site; ao carregar um vídeo, o YouTube pode guardar os seus próprios cookies.",
  },
  "vimeo": {
    en: "Plays Vimeo videos on this site; Vimeo may set its own cookies when a video loads.",
    ar: "يعرض مقاطع فيديو Vimeo على هذا الموقع، وقد يضع Vimeo ملفات تعريف الارتباط الخاصة به عند تحميل المقطع.",
    de: "Spielt Vimeo-Videos auf dieser Website ab; sobald ein Video lädt, kann Vimeo eigene Cookies setzen.",
    es: "Reproduce vídeos de Vimeo en este sitio; al cargarse un vídeo, Vimeo puede instalar sus propias cookies.",
    fr: "Affiche les vidéos Vimeo sur ce site ; Vimeo peut déposer ses propres cookies dès qu’une vidéo se charge.",
    it: "Riproduce i video di Vimeo su questo sito; quando un video si carica, Vimeo può impostare i propri cookie.",
    nl: "Speelt Vimeo-video’s af op deze site; zodra een video laadt, kan Vimeo eigen cookies plaatsen.",
    pl: "Odtwarza na tej stronie filmy z serwisu Vimeo; po wczytaniu filmu Vimeo może zapisać własne pliki cookie.",
    pt: "Reproduz vídeos do Vimeo neste site; ao carregar um vídeo, o Vimeo pode guardar os seus próprios cookies.",
  },
  "google-maps": {
    en: "Shows interactive maps on this site; Google may set its own cookies when a map loads.",
    ar: "يعرض خرائط تفاعلية على هذا الموقع، وقد تضع Google ملفات تعريف الارتباط الخاصة بها عند تحميل الخريطة.",
    de: "Zeigt interaktive Karten auf dieser Website; sobald eine Karte lädt, kann Google eigene Cookies setzen.",
    es: "Muestra mapas interactivos en este sitio; al cargarse un mapa, Google puede instalar sus propias cookies.",
    fr: "Affiche des cartes interactives sur ce site ; Google peut déposer ses propres cookies dès qu’une carte se charge.",
    it: "Mostra mappe interattive su questo sito; quando una mappa si carica, Google può impostare i propri cookie.",
    nl: "Toont interactieve kaarten op deze site; zodra een kaart laadt, kan Google eigen cookies plaatsen.",
    pl: "Wyświetla na tej stronie interaktywne mapy; po wczytaniu mapy Google może zapisać własne pliki cookie.",
    pt: "Mostra mapas interativos neste site; ao carregar um mapa, o serviço pode guardar os seus próprios cookies.",
  },
  "meta-pixel": {
    en: "Measures whether our Facebook and Instagram ads work and lets us show you our ads there.",
    ar: "يقيس مدى فعالية إعلاناتنا على Facebook وInstagram ويتيح لنا أن نعرض لك إعلاناتنا هناك.",
    de: "Misst, ob unsere Anzeigen auf Facebook und Instagram wirken, und ermöglicht es uns, Ihnen dort unsere Werbung zu zeigen.",
    es: "Mide si nuestros anuncios en Facebook e Instagram funcionan y nos permite mostrarte allí nuestra publicidad.",
    fr: "Mesure l’efficacité de nos publicités sur Facebook et Instagram, et nous permet de vous y montrer nos annonces.",
    it: "Misura l’efficacia dei nostri annunci su Facebook e Instagram e ci permette di mostrarti lì la nostra pubblicità.",
    nl: "Meet of onze advertenties op Facebook en Instagram werken en maakt het mogelijk om je daar onze advertenties te laten zien.",
    pl: "Mierzy skuteczność naszych reklam na Facebooku i Instagramie oraz pozwala nam wyświetlać Ci tam nasze reklamy.",
    pt: "Mede a eficácia dos nossos anúncios no Facebook e no Instagram e serve para mostrarmos a nossa publicidade nessas redes.",
  },
  "linkedin-insight": {
    en: "Measures whether our LinkedIn ads work and lets us show you our ads on LinkedIn.",
    ar: "يقيس مدى فعالية إعلاناتنا على LinkedIn ويتيح لنا أن نعرض لك إعلاناتنا على LinkedIn.",
    de: "Misst, ob unsere LinkedIn-Anzeigen wirken, und ermöglicht es uns, Ihnen unsere Werbung auf LinkedIn zu zeigen.",
    es: "Mide si nuestros anuncios de LinkedIn funcionan y nos permite mostrarte nuestra publicidad en LinkedIn.",
    fr: "Mesure l’efficacité de nos publicités LinkedIn, et nous permet de vous montrer nos annonces sur LinkedIn.",
    it: "Misura l’efficacia dei nostri annunci su LinkedIn e ci permette di mostrarti la nostra pubblicità su LinkedIn.",
    nl: "Meet of onze LinkedIn-advertenties werken en maakt het mogelijk om je onze advertenties op LinkedIn te laten zien.",
    pl: "Mierzy skuteczność naszych reklam w serwisie LinkedIn i pozwala nam wyświetlać Ci tam nasze reklamy.",
    pt: "Mede a eficácia dos nossos anúncios no LinkedIn e serve para mostrarmos a nossa publicidade no LinkedIn.",
  },
  "tiktok-pixel": {
    en: "Measures whether our TikTok ads work and lets us show you our ads on TikTok.",
    ar: "يقيس مدى فعالية إعلاناتنا على TikTok ويتيح لنا أن نعرض لك إعلاناتنا على TikTok.",
    de: "Misst, ob unsere TikTok-Anzeigen wirken, und ermöglicht es uns, Ihnen unsere Werbung auf TikTok zu zeigen.",
    es: "Mide si nuestros anuncios de TikTok funcionan y nos permite mostrarte nuestra publicidad en TikTok.",
    fr: "Mesure l’efficacité de nos publicités TikTok, et nous permet de vous montrer nos annonces sur TikTok.",
    it: "Misura l’efficacia dei nostri annunci su TikTok e ci permette di mostrarti la nostra pubblicità su TikTok.",
    nl: "Meet of onze TikTok-advertenties werken en maakt het mogelijk om je onze advertenties op TikTok te laten zien.",
    pl: "Mierzy skuteczność naszych reklam w serwisie TikTok i pozwala nam wyświetlać Ci tam nasze reklamy.",
    pt: "Mede a eficácia dos nossos anúncios no TikTok e serve para mostrarmos a nossa publicidade no TikTok.",
  },
  "hotjar": {
    en: "Records how you scroll and click, as heatmaps and replays, so we can see where the site is hard to use.",
    ar: "يسجّل طريقة تمريرك للصفحة ومواضع نقرك (خرائط حرارية وتسجيلات للجلسات)، لنعرف أين يصعب استخدام الموقع.",
    de: "Zeichnet auf, wie Sie scrollen und klicken (Heatmaps und Sitzungsaufzeichnungen), damit wir sehen, wo die Website schwer zu bedienen ist.",
    es: "Registra cómo te desplazas y dónde haces clic (mapas de calor y grabaciones de sesiones) para detectar dónde cuesta usar el sitio.",
    fr: "Enregistre vos défilements et vos clics (cartes de chaleur, enregistrements de session) pour repérer où le site est difficile à utiliser.",
    it: "Registra come scorri la pagina e dove clicchi (mappe di calore e registrazioni delle sessioni) per capire dove il sito è difficile da usare.",
    nl: "Legt vast hoe je scrolt en klikt (heatmaps en sessie-opnames), zodat we zien waar de site lastig te gebruiken is.",
    pl: "Rejestruje, jak przewijasz stronę i gdzie klikasz (mapy cieplne i nagrania sesji), abyśmy widzieli, gdzie strona jest trudna w obsłudze.",
    pt: "Grava os movimentos e os cliques na página (mapas de calor e gravações de sessão), para vermos onde o site é difícil de usar.",
  },
  "microsoft-clarity": {
    en: "Records how you scroll and click, as heatmaps and replays, so we can see what to improve.",
    ar: "يسجّل طريقة تمريرك للصفحة ومواضع نقرك (خرائط حرارية وتسجيلات للجلسات)، لنعرف ما يمكننا تحسينه.",
    de: "Zeichnet auf, wie Sie scrollen und klicken (Heatmaps und Sitzungsaufzeichnungen), damit wir sehen, was wir verbessern können.",
    es: "Registra cómo te desplazas y dónde haces clic (mapas de calor y grabaciones de sesiones) para ver qué podemos mejorar.",
    fr: "Enregistre vos défilements et vos clics (cartes de chaleur, enregistrements de session) pour voir ce que nous pouvons améliorer.",
    it: "Registra come scorri la pagina e dove clicchi (mappe di calore e registrazioni delle sessioni) per capire cosa possiamo migliorare.",
    nl: "Legt vast hoe je scrolt en klikt (heatmaps en sessie-opnames), zodat we zien wat we kunnen verbeteren.",
    pl: "Rejestruje, jak przewijasz stronę i gdzie klikasz (mapy cieplne i nagrania sesji), abyśmy wiedzieli, co możemy ulepszyć.",
    pt: "Grava os movimentos e os cliques na página (mapas de calor e gravações de sessão), para vermos o que podemos melhorar.",
  },
  "microsoft-advertising": {
    en: "Measures whether our ads on Bing and other Microsoft services work and lets us show you our ads there.",
    ar: "يقيس مدى فعالية إعلاناتنا على Bing وخدمات Microsoft الأخرى ويتيح لنا أن نعرض لك إعلاناتنا هناك.",
    de: "Misst, ob unsere Anzeigen auf Bing und anderen Microsoft-Diensten wirken, und ermöglicht es uns, Ihnen dort unsere Werbung zu zeigen.",
    es: "Mide si nuestros anuncios en Bing y otros servicios de Microsoft funcionan y nos permite mostrarte allí nuestra publicidad.",
    fr: "Mesure l’efficacité de nos publicités sur Bing et les autres services Microsoft, et nous permet de vous y montrer nos annonces.",
    it: "Misura l’efficacia dei nostri annunci su Bing e su altri servizi Microsoft e ci permette di mostrarti lì la nostra pubblicità.",
    nl: "Meet of onze advertenties op Bing en andere Microsoft-diensten werken en maakt het mogelijk om je daar onze advertenties te laten zien.",
    pl: "Mierzy skuteczność naszych reklam w wyszukiwarce Bing i innych usługach firmy Microsoft oraz pozwala nam wyświetlać Ci tam nasze reklamy.",
    pt: "Mede a eficácia dos nossos anúncios no Bing e em outros serviços da Microsoft e serve para mostrarmos a nossa publicidade nesses serviços.",
  },
};

type Template = (brand: string) => Purposes;

/** Ads on the vendor's own platform (Pinterest, Snapchat, Reddit, X). */
export const platformAds: Template = (b) => ({
  en: `Measures whether our ${b} ads work and lets us show you our ads on ${b}.`,
  ar: `يقيس مدى نجاح إعلاناتنا على ${b} ويتيح لنا أن نعرض لك إعلاناتنا هناك.`,
  de: `Misst, ob unsere Anzeigen auf ${b} wirken, und ermöglicht es uns, Ihnen dort unsere Werbung zu zeigen.`,
  es: `Mide si nuestros anuncios en ${b} funcionan y nos permite mostrarte nuestros anuncios allí.`,
  fr: `Mesure l’efficacité de nos publicités sur ${b} et nous permet de vous y montrer nos publicités.`,
  it: `Misura se i nostri annunci su ${b} funzionano e ci permette di mostrarti lì la nostra pubblicità.`,
  nl: `Meet of onze advertenties op ${b} werken en laat ons u daar onze advertenties tonen.`,
  pl: `Mierzy skuteczność naszych reklam w serwisie ${b} i pozwala nam pokazywać Ci tam nasze reklamy.`,
  pt: `Mede se os nossos anúncios no ${b} funcionam e permite-nos mostrar-lhe lá a nossa publicidade.`,
});

/** Retargeting across other websites (Criteo). */
export const retargeting: Template = (b) => ({
  en: `Shows you ads for products you looked at here when you visit other websites, through ${b}.`,
  ar: `يعرض لك عبر ${b} إعلانات عن المنتجات التي شاهدتها هنا عندما تزور مواقع أخرى.`,
  de: `Zeigt Ihnen über ${b} auf anderen Websites Werbung für Produkte, die Sie sich hier angesehen haben.`,
  es: `Te muestra, a través de ${b}, anuncios de productos que viste aquí cuando visitas otros sitios web.`,
  fr: `Vous montre, via ${b}, des publicités pour les produits consultés ici lorsque vous visitez d’autres sites.`,
  it: `Ti mostra, tramite ${b}, annunci dei prodotti che hai guardato qui quando visiti altri siti.`,
  nl: `Toont u via ${b} advertenties voor producten die u hier bekeek wanneer u andere websites bezoekt.`,
  pl: `Za pośrednictwem ${b} pokazuje Ci na innych stronach reklamy produktów oglądanych tutaj.`,
  pt: `Mostra-lhe, através do ${b}, anúncios de produtos que viu aqui quando visita outros sites.`,
});

/** Ads and recommended content on this site (AdSense, Taboola, Outbrain). */
export const siteAds: Template = (b) => ({
  en: `Shows ads and recommended articles on this site through ${b}, which may choose them from your interests.`,
  ar: `يعرض إعلانات ومقالات مقترحة على هذا الموقع عبر ${b}، وقد يختارها بحسب اهتماماتك.`,
  de: `Zeigt über ${b} Werbung und empfohlene Artikel auf dieser Website, die nach Ihren Interessen ausgewählt sein können.`,
  es: `Muestra anuncios y artículos recomendados en este sitio a través de ${b}, que puede elegirlos según tus intereses.`,
  fr: `Affiche des publicités et des articles recommandés sur ce site via ${b}, qui peut les choisir selon vos centres d’intérêt.`,
  it: `Mostra annunci e articoli consigliati su questo sito tramite ${b}, che può sceglierli in base ai tuoi interessi.`,
  nl: `Toont via ${b} advertenties en aanbevolen artikelen op deze website, mogelijk gekozen op basis van uw interesses.`,
  pl: `Wyświetla na tej stronie reklamy i polecane artykuły za pośrednictwem ${b}, który może dobierać je do Twoich zainteresowań.`,
  pt: `Mostra anúncios e artigos recomendados neste site através do ${b}, que os pode escolher segundo os seus interesses.`,
});

/** Product analytics: events, funnels, session replays (Mixpanel, Amplitude, Segment, Heap, FullStory). */
export const productAnalytics: Template = (b) => ({
  en: `Records how you use this site, page by page and click by click, in ${b}, so we can see what to improve.`,
  ar: `يسجّل في ${b} كيف تستخدم هذا الموقع، صفحةً بصفحة ونقرةً بنقرة، حتى نعرف ما يجب تحسينه.`,
  de: `Zeichnet in ${b} auf, wie Sie diese Website nutzen, Seite für Seite und Klick für Klick, damit wir sehen, was wir verbessern können.`,
  es: `Registra en ${b} cómo usas este sitio, página a página y clic a clic, para que veamos qué mejorar.`,
  fr: `Enregistre dans ${b} votre utilisation de ce site, page par page et clic par clic, pour voir ce que nous pouvons améliorer.`,
  it: `Registra in ${b} come usi questo sito, pagina per pagina e clic per clic, per capire cosa migliorare.`,
  nl: `Legt in ${b} vast hoe u deze website gebruikt, pagina voor pagina en klik voor klik, zodat we zien wat beter kan.`,
  pl: `Zapisuje w ${b}, jak korzystasz z tej strony, strona po stronie i kliknięcie po kliknięciu, abyśmy wiedzieli, co poprawić.`,
  pt: `Regista no ${b} como usa este site, página a página e clique a clique, para vermos o que melhorar.`,
});

/** Visit statistics (Matomo, Plausible). */
export const statistics: Template = (b) => ({
  en: `Counts visits with ${b} and shows us which pages people read, so we can improve the site.`,
  ar: `يحصي الزيارات باستخدام ${b} ويبيّن لنا الصفحات التي يقرؤها الناس، حتى نحسّن الموقع.`,
  de: `Zählt Besuche mit ${b} und zeigt uns, welche Seiten gelesen werden, damit wir die Website verbessern können.`,
  es: `Cuenta las visitas con ${b} y nos muestra qué páginas se leen, para que podamos mejorar el sitio.`,
  fr: `Compte les visites avec ${b} et nous montre les pages lues, pour que nous puissions améliorer le site.`,
  it: `Conta le visite con ${b} e ci mostra quali pagine vengono lette, così possiamo migliorare il sito.`,
  nl: `Telt bezoeken met ${b} en laat ons zien welke pagina’s gelezen worden, zodat we de website kunnen verbeteren.`,
  pl: `Liczy odwiedziny za pomocą ${b} i pokazuje, które strony są czytane, abyśmy mogli ulepszać serwis.`,
  pt: `Conta as visitas com o ${b} e mostra-nos que páginas são lidas, para podermos melhorar o site.`,
});

/** Audio players (Spotify, SoundCloud). */
export const audio: Template = (b) => ({
  en: `Plays ${b} audio on this site; ${b} may set its own cookies when a player loads.`,
  ar: `يشغّل صوتيات ${b} على هذا الموقع؛ وقد يضع ${b} ملفات تعريف ارتباط خاصة به عند تحميل المشغّل.`,
  de: `Spielt Audioinhalte von ${b} auf dieser Website ab; sobald ein Player lädt, kann ${b} eigene Cookies setzen.`,
  es: `Reproduce audio de ${b} en este sitio; ${b} puede instalar sus propias cookies cuando se carga un reproductor.`,
  fr: `Lit des contenus audio ${b} sur ce site ; ${b} peut déposer ses propres cookies au chargement d’un lecteur.`,
  it: `Riproduce audio di ${b} su questo sito; ${b} può impostare i propri cookie quando si carica un lettore.`,
  nl: `Speelt audio van ${b} af op deze website; ${b} kan eigen cookies plaatsen zodra een speler laadt.`,
  pl: `Odtwarza nagrania z ${b} na tej stronie; po wczytaniu odtwarzacza ${b} może zapisać własne pliki cookie.`,
  pt: `Reproduz áudio do ${b} neste site; o ${b} pode definir os seus próprios cookies quando um leitor carrega.`,
});

/** Share, like and follow buttons, and embedded posts (Facebook, LinkedIn, X, AddToAny, ShareThis). */
export const social: Template = (b) => ({
  en: `Shows ${b} buttons and posts to like or share our pages; ${b} may set its own cookies when they load.`,
  ar: `يعرض أزرار ${b} ومنشوراته لتسجيل الإعجاب بصفحاتنا أو مشاركتها؛ وقد يضع ${b} ملفات تعريف ارتباط خاصة به عند تحميلها.`,
  de: `Zeigt Schaltflächen und Beiträge von ${b}, um unsere Seiten zu liken oder zu teilen; beim Laden kann ${b} eigene Cookies setzen.`,
  es: `Muestra botones y publicaciones de ${b} para dar me gusta o compartir nuestras páginas; ${b} puede instalar sus propias cookies al cargarse.`,
  fr: `Affiche les boutons et publications ${b} pour aimer ou partager nos pages ; ${b} peut déposer ses propres cookies à leur chargement.`,
  it: `Mostra pulsanti e post di ${b} per mettere mi piace o condividere le nostre pagine; ${b} può impostare i propri cookie al caricamento.`,
  nl: `Toont knoppen en berichten van ${b} om onze pagina’s te liken of te delen; ${b} kan eigen cookies plaatsen zodra ze laden.`,
  pl: `Wyświetla przyciski i posty ${b} do polubienia lub udostępnienia naszych stron; po wczytaniu ${b} może zapisać własne pliki cookie.`,
  pt: `Mostra botões e publicações do ${b} para gostar ou partilhar as nossas páginas; o ${b} pode definir os seus próprios cookies ao carregar.`,
});

/** Embedded posts (Instagram). */
export const posts: Template = (b) => ({
  en: `Shows ${b} posts on this site; ${b} may set its own cookies when a post loads.`,
  ar: `يعرض منشورات ${b} على هذا الموقع؛ وقد يضع ${b} ملفات تعريف ارتباط خاصة به عند تحميل منشور.`,
  de: `Zeigt Beiträge von ${b} auf dieser Website; sobald ein Beitrag lädt, kann ${b} eigene Cookies setzen.`,
  es: `Muestra publicaciones de ${b} en este sitio; ${b} puede instalar sus propias cookies cuando se carga una publicación.`,
  fr: `Affiche des publications ${b} sur ce site ; ${b} peut déposer ses propres cookies au chargement d’une publication.`,
  it: `Mostra post di ${b} su questo sito; ${b} può impostare i propri cookie quando si carica un post.`,
  nl: `Toont berichten van ${b} op deze website; ${b} kan eigen cookies plaatsen zodra een bericht laadt.`,
  pl: `Wyświetla posty z ${b} na tej stronie; po wczytaniu posta ${b} może zapisać własne pliki cookie.`,
  pt: `Mostra publicações do ${b} neste site; o ${b} pode definir os seus próprios cookies quando uma publicação carrega.`,
});

/** Support chat (Intercom, Zendesk). */
export const chat: Template = (b) => ({
  en: `Lets you chat with us or ask for help through ${b}, and remembers your conversation.`,
  ar: `يتيح لك محادثتنا أو طلب المساعدة عبر ${b}، ويتذكّر محادثتك.`,
  de: `Ermöglicht es Ihnen, über ${b} mit uns zu chatten oder Hilfe anzufordern, und merkt sich Ihr Gespräch.`,
  es: `Te permite chatear con nosotros o pedir ayuda a través de ${b}, y recuerda tu conversación.`,
  fr: `Vous permet de discuter avec nous ou de demander de l’aide via ${b}, et garde votre conversation en mémoire.`,
  it: `Ti permette di chattare con noi o chiedere aiuto tramite ${b} e ricorda la tua conversazione.`,
  nl: `Laat u via ${b} met ons chatten of om hulp vragen, en onthoudt uw gesprek.`,
  pl: `Pozwala czatować z nami lub poprosić o pomoc przez ${b} i zapamiętuje Twoją rozmowę.`,
  pt: `Permite-lhe conversar connosco ou pedir ajuda através do ${b}, e lembra a sua conversa.`,
});

/** Comments (Disqus). */
export const comments: Template = (b) => ({
  en: `Shows the comments under our articles and lets you write your own, through ${b}.`,
  ar: `يعرض التعليقات أسفل مقالاتنا ويتيح لك كتابة تعليقك عبر ${b}.`,
  de: `Zeigt über ${b} die Kommentare unter unseren Artikeln und lässt Sie eigene schreiben.`,
  es: `Muestra los comentarios de nuestros artículos y te permite escribir los tuyos, a través de ${b}.`,
  fr: `Affiche les commentaires sous nos articles et vous permet d’écrire les vôtres, via ${b}.`,
  it: `Mostra i commenti sotto i nostri articoli e ti permette di scriverne di tuoi, tramite ${b}.`,
  nl: `Toont via ${b} de reacties onder onze artikelen en laat u zelf reageren.`,
  pl: `Wyświetla komentarze pod naszymi artykułami i pozwala dodać własne, za pośrednictwem ${b}.`,
  pt: `Mostra os comentários dos nossos artigos e permite-lhe escrever os seus, através do ${b}.`,
});

/** Bot checks on forms (reCAPTCHA, Turnstile). */
export const botCheck: Template = (b) => ({
  en: `Checks with ${b} that forms on this site are sent by a person, not by a bot.`,
  ar: `يتحقّق عبر ${b} من أن النماذج على هذا الموقع يرسلها شخص وليس برنامجاً آلياً.`,
  de: `Prüft mit ${b}, dass Formulare auf dieser Website von einem Menschen und nicht von einem Bot gesendet werden.`,
  es: `Comprueba con ${b} que los formularios de este sitio los envía una persona y no un bot.`,
  fr: `Vérifie avec ${b} que les formulaires de ce site sont envoyés par une personne et non par un robot.`,
  it: `Verifica con ${b} che i moduli di questo sito siano inviati da una persona e non da un bot.`,
  nl: `Controleert met ${b} dat formulieren op deze website door een mens worden verstuurd en niet door een bot.`,
  pl: `Sprawdza za pomocą ${b}, czy formularze na tej stronie wysyła człowiek, a nie bot.`,
  pt: `Verifica com o ${b} que os formulários deste site são enviados por uma pessoa e não por um bot.`,
});

/** Card payments (Stripe). */
export const payments: Template = (b) => ({
  en: `Takes card payments securely through ${b} and helps prevent fraud.`,
  ar: `يستقبل المدفوعات بالبطاقة بأمان عبر ${b} ويساعد على منع الاحتيال.`,
  de: `Wickelt Kartenzahlungen sicher über ${b} ab und hilft, Betrug zu verhindern.`,
  es: `Cobra los pagos con tarjeta de forma segura a través de ${b} y ayuda a prevenir el fraude.`,
  fr: `Encaisse les paiements par carte en toute sécurité via ${b} et aide à prévenir la fraude.`,
  it: `Gestisce i pagamenti con carta in modo sicuro tramite ${b} e aiuta a prevenire le frodi.`,
  nl: `Verwerkt kaartbetalingen veilig via ${b} en helpt fraude te voorkomen.`,
  pl: `Bezpiecznie przyjmuje płatności kartą przez ${b} i pomaga zapobiegać oszustwom.`,
  pt: `Processa pagamentos com cartão de forma segura através do ${b} e ajuda a prevenir fraudes.`,
});

/** Marketing automation (HubSpot). */
export const marketing: Template = (b) => ({
  en: `Records your visits and the forms you send in ${b}, so we can follow up and improve our marketing.`,
  ar: `يسجّل في ${b} زياراتك والنماذج التي ترسلها، حتى نتابع معك ونحسّن تسويقنا.`,
  de: `Zeichnet in ${b} Ihre Besuche und gesendeten Formulare auf, damit wir nachfassen und unser Marketing verbessern können.`,
  es: `Registra en ${b} tus visitas y los formularios que envías, para hacer seguimiento y mejorar nuestro marketing.`,
  fr: `Enregistre dans ${b} vos visites et les formulaires envoyés, pour assurer le suivi et améliorer notre marketing.`,
  it: `Registra in ${b} le tue visite e i moduli inviati, per ricontattarti e migliorare il nostro marketing.`,
  nl: `Legt in ${b} uw bezoeken en verstuurde formulieren vast, zodat we contact kunnen opnemen en onze marketing verbeteren.`,
  pl: `Zapisuje w ${b} Twoje wizyty i wysłane formularze, abyśmy mogli się odezwać i ulepszać nasz marketing.`,
  pt: `Regista no ${b} as suas visitas e os formulários que envia, para darmos seguimento e melhorarmos o nosso marketing.`,
});

