import type { Core } from '@strapi/strapi';
import type { AdminLanguage } from '../content-manager/field-texts';

/** Everything a validation error can say, in each admin language. */
const messages = {
  en: {
    uploadType: (fileName: string) =>
      `“${fileName}” was not uploaded: only PDF files and JPEG, PNG, GIF or WebP images are accepted (SVG is not, for safety).`,
    uploadExtension: (fileName: string, extensions: string) =>
      `“${fileName}” was not uploaded: its content does not match its name. A file of this kind must end in ${extensions}; rename it and try again.`,
    uploadSize: (fileName: string, megabytes: number) =>
      `“${fileName}” was not uploaded: it is larger than ${megabytes} MB. Make it smaller and try again.`,
    endNotAfterStart: (end: string, start: string) =>
      `The end time (${end}) must be later than the start time (${start}).`,
    slugFormat: (slug: string) =>
      `“${slug}” cannot be a web address: use only lowercase letters, digits and single hyphens, e.g. “veranderatelier-9”.`,
    numberTaken: (number: number, title: string) =>
      `Number ${number} is already used by “${title}”. Choose another number.`,
    editionTaken: (edition: number, title: string) =>
      `Focus edition ${edition} already exists (“${title}”). Choose another edition number.`,
    required: (label: string) => `${label} is required before publishing.`,
    photoAltMissing: () =>
      'A photo needs a description for visitors who cannot see it. Fill in “Photo description”.',
    summary: (count: number) =>
      count === 1
        ? 'Nothing was saved: 1 field needs attention.'
        : `Nothing was saved: ${count} fields need attention.`,
  },
  nl: {
    uploadType: (fileName: string) =>
      `“${fileName}” werd niet opgeladen: alleen PDF-bestanden en JPEG-, PNG-, GIF- of WebP-afbeeldingen zijn toegelaten (SVG niet, voor de veiligheid).`,
    uploadExtension: (fileName: string, extensions: string) =>
      `“${fileName}” werd niet opgeladen: de inhoud past niet bij de naam. Een bestand van deze soort eindigt op ${extensions}; geef het een andere naam en probeer opnieuw.`,
    uploadSize: (fileName: string, megabytes: number) =>
      `“${fileName}” werd niet opgeladen: het is groter dan ${megabytes} MB. Maak het kleiner en probeer opnieuw.`,
    endNotAfterStart: (end: string, start: string) =>
      `De eindtijd (${end}) moet later zijn dan de begintijd (${start}).`,
    slugFormat: (slug: string) =>
      `“${slug}” kan geen webadres zijn: gebruik alleen kleine letters, cijfers en enkele koppeltekens, bv. “veranderatelier-9”.`,
    numberTaken: (number: number, title: string) =>
      `Nummer ${number} is al in gebruik voor “${title}”. Kies een ander nummer.`,
    editionTaken: (edition: number, title: string) =>
      `Focus-editie ${edition} bestaat al (“${title}”). Kies een ander editienummer.`,
    required: (label: string) => `${label} moet ingevuld zijn voor je publiceert.`,
    photoAltMissing: () =>
      'Een foto heeft een beschrijving nodig voor bezoekers die hem niet kunnen zien. Vul “Beschrijving van de foto” in.',
    summary: (count: number) =>
      count === 1
        ? 'Er werd niets opgeslagen: 1 veld vraagt aandacht.'
        : `Er werd niets opgeslagen: ${count} velden vragen aandacht.`,
  },
  fr: {
    uploadType: (fileName: string) =>
      `« ${fileName} » n’a pas été téléversé : seuls les fichiers PDF et les images JPEG, PNG, GIF ou WebP sont acceptés (pas le SVG, par sécurité).`,
    uploadExtension: (fileName: string, extensions: string) =>
      `« ${fileName} » n’a pas été téléversé : son contenu ne correspond pas à son nom. Un fichier de ce type se termine par ${extensions} ; renommez-le et réessayez.`,
    uploadSize: (fileName: string, megabytes: number) =>
      `« ${fileName} » n’a pas été téléversé : il dépasse ${megabytes} Mo. Réduisez sa taille et réessayez.`,
    endNotAfterStart: (end: string, start: string) =>
      `L’heure de fin (${end}) doit être postérieure à l’heure de début (${start}).`,
    slugFormat: (slug: string) =>
      `« ${slug} » ne peut pas servir d’adresse web : utilisez seulement des minuscules, des chiffres et des traits d’union simples, p. ex. « atelier-du-changement-9 ».`,
    numberTaken: (number: number, title: string) =>
      `Le numéro ${number} est déjà utilisé par « ${title} ». Choisissez un autre numéro.`,
    editionTaken: (edition: number, title: string) =>
      `L’édition Focus ${edition} existe déjà (« ${title} »). Choisissez un autre numéro d’édition.`,
    required: (label: string) => `${label} doit être rempli avant la publication.`,
    photoAltMissing: () =>
      'Une photo a besoin d’une description pour les visiteurs qui ne la voient pas. Remplissez « Description de la photo ».',
    summary: (count: number) =>
      count === 1
        ? 'Rien n’a été enregistré : 1 champ demande votre attention.'
        : `Rien n’a été enregistré : ${count} champs demandent votre attention.`,
  },
} satisfies Record<AdminLanguage, unknown>;

export type ValidationMessages = (typeof messages)['en'];

export function validationMessages(language: AdminLanguage): ValidationMessages {
  return messages[language];
}

/**
 * The admin language for a request: the admin user's own preference, else the first
 * supported language in Accept-Language, else English (Strapi's own fallback).
 */
export function pickAdminLanguage(
  preferred: string | null | undefined,
  acceptLanguage: string | undefined
): AdminLanguage {
  const candidates = [
    preferred ?? '',
    ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0] ?? ''),
  ];
  for (const candidate of candidates) {
    const base = candidate.trim().toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

/** The language of the request being served, for messages raised deep inside a service. */
export function requestLanguage(strapi: Core.Strapi): AdminLanguage {
  const request = strapi.requestContext.get();
  const user = request?.state?.user as { preferedLanguage?: string | null } | undefined;
  return pickAdminLanguage(user?.preferedLanguage, request?.get('accept-language'));
}
