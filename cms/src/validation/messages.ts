import type { Core } from '@strapi/strapi';
import { scheduledEditor } from '../content/acting-editor';
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
    linkNoTarget: (label: string) =>
      `The link “${label}” leads nowhere: choose a page, a workshop, a theme, a Focus edition, a list of the site or a web address.`,
    linkTooManyTargets: (label: string) =>
      `The link “${label}” has more than one destination: keep only one.`,
    imageAltMissing: () =>
      'An image needs a description for visitors who cannot see it. Fill in “Description”, or mark the image as decorative.',
    slugReserved: (slug: string, path: string) =>
      `“${slug}” is taken by the site itself (${path}). Choose another web address, or place the page under another page.`,
    parentCircle: (title: string) =>
      `“${title}” cannot be placed under a page that is itself below it. Choose another parent page.`,
    parentTooDeep: (levels: number) =>
      `Pages can be placed at most ${levels} levels deep. Choose a parent page higher up.`,
    redirectNoTarget: (from: string) =>
      `The redirect from “${from}” leads nowhere: choose a page, a workshop, a theme, a Focus edition, a list of the site, an address or a file.`,
    redirectTooManyTargets: (from: string) =>
      `The redirect from “${from}” has more than one destination: keep only one.`,
    redirectFrom: (from: string) =>
      `“${from}” is not an address of this site: it starts with one slash and holds no spaces, e.g. /events/veranderatelier-9/.`,
    redirectFromTaken: (from: string) =>
      `There is already a redirect from “${from}”. Change that one instead.`,
    redirectToItself: (from: string) =>
      `This redirect would lead “${from}” to itself. Choose another destination.`,
    redirectLoop: (chain: string) =>
      `This redirect would go round in a circle (${chain}). Choose another destination.`,
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
    linkNoTarget: (label: string) =>
      `De link “${label}” leidt nergens heen: kies een pagina, een veranderatelier, een thema, een Focus-editie, een lijst van de site of een webadres.`,
    linkTooManyTargets: (label: string) =>
      `De link “${label}” heeft meer dan één bestemming: hou er één over.`,
    imageAltMissing: () =>
      'Een afbeelding heeft een beschrijving nodig voor bezoekers die ze niet kunnen zien. Vul “Beschrijving” in, of duid de afbeelding aan als decoratief.',
    slugReserved: (slug: string, path: string) =>
      `“${slug}” is al in gebruik door de site zelf (${path}). Kies een ander webadres, of plaats de pagina onder een andere pagina.`,
    parentCircle: (title: string) =>
      `“${title}” kan niet onder een pagina staan die zelf eronder staat. Kies een andere bovenliggende pagina.`,
    parentTooDeep: (levels: number) =>
      `Pagina’s kunnen hoogstens ${levels} niveaus diep staan. Kies een hoger gelegen bovenliggende pagina.`,
    redirectNoTarget: (from: string) =>
      `De doorverwijzing van “${from}” leidt nergens heen: kies een pagina, een veranderatelier, een thema, een Focus-editie, een lijst van de site, een adres of een bestand.`,
    redirectTooManyTargets: (from: string) =>
      `De doorverwijzing van “${from}” heeft meer dan één bestemming: hou er één over.`,
    redirectFrom: (from: string) =>
      `“${from}” is geen adres van deze site: het begint met één schuine streep en bevat geen spaties, bv. /events/veranderatelier-9/.`,
    redirectFromTaken: (from: string) =>
      `Er bestaat al een doorverwijzing van “${from}”. Pas die aan.`,
    redirectToItself: (from: string) =>
      `Deze doorverwijzing zou “${from}” naar zichzelf leiden. Kies een andere bestemming.`,
    redirectLoop: (chain: string) =>
      `Deze doorverwijzing zou in een kring lopen (${chain}). Kies een andere bestemming.`,
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
    linkNoTarget: (label: string) =>
      `Le lien « ${label} » ne mène nulle part : choisissez une page, un atelier du changement, un thème, une édition Focus, une liste du site ou une adresse web.`,
    linkTooManyTargets: (label: string) =>
      `Le lien « ${label} » a plus d’une destination : n’en gardez qu’une.`,
    imageAltMissing: () =>
      'Une image a besoin d’une description pour les visiteurs qui ne la voient pas. Remplissez « Description », ou indiquez que l’image est décorative.',
    slugReserved: (slug: string, path: string) =>
      `« ${slug} » est déjà utilisé par le site lui-même (${path}). Choisissez une autre adresse web, ou placez la page sous une autre page.`,
    parentCircle: (title: string) =>
      `« ${title} » ne peut pas être placée sous une page qui se trouve elle-même en dessous. Choisissez une autre page parente.`,
    parentTooDeep: (levels: number) =>
      `Les pages peuvent être placées sur ${levels} niveaux au plus. Choisissez une page parente plus haut.`,
    redirectNoTarget: (from: string) =>
      `La redirection depuis « ${from} » ne mène nulle part : choisissez une page, un atelier du changement, un thème, une édition Focus, une liste du site, une adresse ou un fichier.`,
    redirectTooManyTargets: (from: string) =>
      `La redirection depuis « ${from} » a plus d’une destination : n’en gardez qu’une.`,
    redirectFrom: (from: string) =>
      `« ${from} » n’est pas une adresse de ce site : elle commence par une seule barre oblique et ne contient pas d’espace, p. ex. /events/veranderatelier-9/.`,
    redirectFromTaken: (from: string) =>
      `Une redirection depuis « ${from} » existe déjà. Modifiez plutôt celle-là.`,
    redirectToItself: (from: string) =>
      `Cette redirection mènerait « ${from} » vers elle-même. Choisissez une autre destination.`,
    redirectLoop: (chain: string) =>
      `Cette redirection tournerait en rond (${chain}). Choisissez une autre destination.`,
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
  // Work done for an editor outside a request (a scheduled job) speaks their language.
  return pickAdminLanguage(
    user?.preferedLanguage ?? scheduledEditor()?.language,
    request?.get('accept-language')
  );
}
