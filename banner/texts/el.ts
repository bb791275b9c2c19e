// Greek texts: dist/i18n/el.js for the script tag, i18n/el.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/el';

export const texts: TextOverrides = {
  bannerTitle: 'Χρησιμοποιούμε cookies',
  bannerText:
    'Ορισμένα cookies χρειάζονται για να λειτουργεί ο ιστότοπος. Τα υπόλοιπα τα χρησιμοποιούμε μόνο με τη συγκατάθεσή σας και μπορείτε να αλλάξετε την επιλογή σας οποιαδήποτε στιγμή.',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  preferences: 'Αλλαγή ρυθμίσεων',
  policyLink: 'Πολιτική cookies',
  preferencesTitle: 'Ρυθμίσεις cookies',
  preferencesText: 'Επιλέξτε ποια cookies μπορούμε να χρησιμοποιούμε. Όσα χρειάζεται ο ιστότοπος για να λειτουργεί είναι πάντα ενεργά.',
  save: 'Αποθήκευση επιλογών',
  close: 'Κλείσιμο',
  alwaysOn: 'Πάντα ενεργά',
  services: 'Υπηρεσίες',
  cookieName: 'Όνομα',
  cookieProvider: 'Πάροχος',
  cookieDuration: 'Διάρκεια',
  cookiePurpose: 'Σκοπός',
  cookieDetails: 'Cookies που χρησιμοποιούνται',
  servicePolicy: 'Πολιτική απορρήτου',
  bannerPurposes: 'Μόνο με τη συγκατάθεσή σας: {categories}.',
  listComma: ', ',
  listAnd: ' και ',
  noticePurposes: 'Σε χρήση σε αυτόν τον ιστότοπο: {categories}.',
  gpcHonoured:
    'Το πρόγραμμα περιήγησής σας έστειλε σήμα Global Privacy Control και το σεβόμαστε. Παραμένουν απενεργοποιημένα, μέχρι να τα ενεργοποιήσετε εσείς: {categories}.',
  gpcNone: 'Το πρόγραμμα περιήγησής σας έστειλε σήμα Global Privacy Control και το σεβόμαστε. Δεν επηρεάζει κανένα cookie αυτού του ιστότοπου.',
  gpcNotHonoured:
    'Το πρόγραμμα περιήγησής σας έστειλε σήμα Global Privacy Control. Ο ιστότοπος δεν το εφαρμόζει αυτόματα, αλλά μπορείτε να απορρίψετε τα cookies εδώ.',
  consentId: 'Αναγνωριστικό της συγκατάθεσής σας',
  downloadRecord: 'Λήψη του αρχείου της συγκατάθεσής μου',
  cookieType: 'Είδος',
  session: 'Συνεδρίας',
  persistent: 'Μόνιμο',
  noticeTitle: 'Οι επιλογές σας για το απόρρητο',
  noticeText: 'Αυτός ο ιστότοπος χρησιμοποιεί cookies. Στις ρυθμίσεις θα δείτε σε τι χρησιμεύει κάθε είδος.',
  optOutText:
    'Χρησιμοποιούμε cookies και ορισμένα από αυτά μπορεί να θεωρούνται πώληση ή κοινοποίηση των προσωπικών σας πληροφοριών. Μπορείτε να εξαιρεθείτε οποιαδήποτε στιγμή.',
  doNotSell: 'Να μην πωλούνται ούτε να κοινοποιούνται οι προσωπικές μου πληροφορίες',
  dismiss: 'Εντάξει',
  placeholderText: 'Αυτό το περιεχόμενο από {service} έχει αποκλειστεί, επειδή μπορεί να αποθηκεύσει cookies.',
  placeholderLoadOnce: 'Φόρτωση μία φορά',
  placeholderAllow: 'Να επιτρέπεται πάντα',
  categories: {
    necessary: { label: 'Απαραίτητα cookies', description: 'Κρατούν τον ιστότοπο σε λειτουργία και ασφαλή και θυμούνται τις επιλογές σας για τα cookies.' },
    analytical: { label: 'Cookies στατιστικών', description: 'Μετρούν τις επισκέψεις και μας δείχνουν πώς χρησιμοποιείται ο ιστότοπος, ώστε να τον βελτιώνουμε.' },
    functional: { label: 'Cookies λειτουργικότητας', description: 'Θυμούνται τις ρυθμίσεις σας και επιτρέπουν τη λειτουργία βίντεο, χαρτών και παρόμοιων δυνατοτήτων.' },
    other: { label: 'Άλλα cookies', description: 'Χρησιμοποιούνται για διαφήμιση και κοινοποιούνται σε συνεργάτες, που μπορεί να τα συνδυάσουν με άλλα δεδομένα σας.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
