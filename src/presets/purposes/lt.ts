/** The presets' purposes in Lithuanian, with "jūs" as the banner (banner/texts/lt.ts); brands after "paslauga" stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Lithuanian',
  written: {
    'google-analytics': 'Skaičiuoja apsilankymus ir parodo mums, kaip naudojamasi šia svetaine, kad galėtume ją tobulinti.',
    'google-tag-manager': 'Įkelia šios svetainės statistikos ir kitus įrankius, kai juos leidžiate.',
    'google-ads': 'Matuoja, ar veikia mūsų Google reklamos, ir leidžia mums rodyti jums savo reklamas kitose svetainėse.',
    youtube: 'Šioje svetainėje leidžia YouTube vaizdo įrašus; įkėlus vaizdo įrašą, YouTube gali įrašyti savo slapukus.',
    vimeo: 'Šioje svetainėje leidžia Vimeo vaizdo įrašus; įkėlus vaizdo įrašą, Vimeo gali įrašyti savo slapukus.',
    'google-maps': 'Šioje svetainėje rodo interaktyvius žemėlapius; įkėlus žemėlapį, Google gali įrašyti savo slapukus.',
    'meta-pixel': 'Matuoja, ar veikia mūsų reklamos Facebook ir Instagram platformose, ir leidžia mums jums ten rodyti savo reklamas.',
    'linkedin-insight': 'Matuoja, ar veikia mūsų LinkedIn reklamos, ir leidžia mums rodyti jums savo reklamas LinkedIn platformoje.',
    'tiktok-pixel': 'Matuoja, ar veikia mūsų TikTok reklamos, ir leidžia mums rodyti jums savo reklamas TikTok platformoje.',
    hotjar: 'Įrašo, kaip slenkate puslapį ir kur spustelite (šilumos žemėlapiai ir apsilankymų įrašai), kad matytume, kur svetainę sunku naudoti.',
    'microsoft-clarity': 'Įrašo, kaip slenkate puslapį ir kur spustelite (šilumos žemėlapiai ir apsilankymų įrašai), kad matytume, ką galime patobulinti.',
    'microsoft-advertising': 'Matuoja, ar veikia mūsų reklamos Bing ir kitose Microsoft paslaugose, ir leidžia mums jums ten rodyti savo reklamas.',
  },
  kinds: {
    platformAds: (b) => `Matuoja, ar veikia mūsų reklamos platformoje ${b}, ir leidžia mums jums ten rodyti savo reklamas.`,
    retargeting: (b) => `Per paslaugą ${b} kitose svetainėse rodo jums reklamas produktų, kuriuos čia peržiūrėjote.`,
    siteAds: (b) => `Per paslaugą ${b} šioje svetainėje rodo reklamas ir rekomenduojamus straipsnius, kurie gali būti parenkami pagal jūsų pomėgius.`,
    productAnalytics: (b) => `Paslaugoje ${b} įrašo, kaip naudojatės šia svetaine, puslapis po puslapio ir paspaudimas po paspaudimo, kad matytume, ką patobulinti.`,
    statistics: (b) => `Skaičiuoja apsilankymus naudojant paslaugą ${b} ir parodo mums, kokie puslapiai skaitomi, kad galėtume tobulinti svetainę.`,
    audio: (b) => `Šioje svetainėje leidžia paslaugos ${b} garso įrašus; įkėlus grotuvą, ${b} gali įrašyti savo slapukus.`,
    social: (b) => `Rodo paslaugos ${b} mygtukus ir įrašus, kuriais galite pamėgti ar bendrinti mūsų puslapius; juos įkėlus, ${b} gali įrašyti savo slapukus.`,
    posts: (b) => `Šioje svetainėje rodo paslaugos ${b} įrašus; įkėlus įrašą, ${b} gali įrašyti savo slapukus.`,
    chat: (b) => `Leidžia per paslaugą ${b} susirašinėti su mumis arba paprašyti pagalbos ir įsimena jūsų pokalbį.`,
    comments: (b) => `Per paslaugą ${b} rodo komentarus po mūsų straipsniais ir leidžia jums parašyti savo.`,
    botCheck: (b) => `Naudojant paslaugą ${b} tikrina, ar šios svetainės formas siunčia žmogus, o ne robotas.`,
    payments: (b) => `Per paslaugą ${b} saugiai priima mokėjimus kortele ir padeda išvengti sukčiavimo.`,
    marketing: (b) => `Paslaugoje ${b} įrašo jūsų apsilankymus ir išsiųstas formas, kad galėtume su jumis susisiekti ir tobulinti savo rinkodarą.`,
  },
};
