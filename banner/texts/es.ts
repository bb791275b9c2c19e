// Spanish texts: dist/i18n/es.js for the script tag, i18n/es.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/es';

export const texts: TextOverrides = {
  bannerTitle: 'Usamos cookies',
  bannerText:
    'Las cookies necesarias hacen que este sitio funcione. También nos gustaría usar cookies analíticas, funcionales y de otro tipo, pero solo si lo acepta. Puede cambiar su elección en cualquier momento.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  preferences: 'Cambiar preferencias',
  policyLink: 'Política de cookies',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText: 'Elija qué cookies podemos usar. Las cookies necesarias están siempre activas: el sitio no puede funcionar sin ellas.',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  services: 'Servicios',
  cookieName: 'Nombre',
  cookieProvider: 'Proveedor',
  cookieDuration: 'Duración',
  cookiePurpose: 'Finalidad',
  cookieDetails: 'Cookies utilizadas',
  servicePolicy: 'Política de privacidad',
  gpcHonoured: 'Su navegador ha enviado una señal Global Privacy Control, así que las otras cookies seguirán desactivadas salvo que usted las active.',
  noticeTitle: 'Sus opciones de privacidad',
  noticeText: 'Este sitio usa cookies para funcionar, medir cómo se usa y recordar sus ajustes. Puede cambiar cuáles usamos.',
  optOutText:
    'Usamos cookies para medir cómo se usa el sitio, recordar sus ajustes y mostrar publicidad con nuestros socios, lo que puede considerarse una venta o un intercambio de su información personal. Puede oponerse en cualquier momento.',
  doNotSell: 'No vender ni compartir mi información personal',
  dismiss: 'Entendido',
  placeholderText: 'Este contenido de {service} está bloqueado porque puede instalar cookies.',
  placeholderLoadOnce: 'Cargar una vez',
  placeholderAllow: 'Permitir siempre',
  categories: {
    necessary: { label: 'Cookies necesarias', description: 'Hacen que el sitio funcione de forma segura y recuerdan sus elecciones sobre cookies.' },
    analytical: { label: 'Cookies analíticas', description: 'Cuentan las visitas y nos muestran cómo se usa el sitio para que podamos mejorarlo.' },
    functional: { label: 'Cookies funcionales', description: 'Recuerdan sus ajustes y permiten usar funciones como vídeos y mapas.' },
    other: { label: 'Otras cookies', description: 'Se usan para publicidad y se comparten con socios, que pueden combinarlas con otros datos sobre usted.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
