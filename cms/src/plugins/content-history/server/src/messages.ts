import type { Core } from '@strapi/strapi';
import { ZONE_TIME_ZONE } from '@zorgzone/config';
import { requestLanguage } from '../../../../validation/messages';

/** Time of day in Brussels, as editors read a clock: "14:05". */
const clock = (at: string | Date, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-BE`, {
    timeZone: ZONE_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));

const english = {
  overwrite: (name: string | null, at: string) =>
    `Not saved: ${name ?? 'someone else'} saved this page on ${clock(at, 'en')}, after you opened it. What you typed is kept: the Versions panel puts it back in the form. Compare, then save again.`,
  versionNotFound: 'This version no longer exists.',
  documentDeleted:
    'This document was deleted. Restore it from “Recently deleted” first, then its versions.',
  deletedNotFound:
    'This document is no longer in “Recently deleted”: it was restored, or kept for longer than the bin allows.',
  localeExists: (locale: string) =>
    `The ${locale.toUpperCase()} version exists again, so it was left as it is.`,
  notAllowed: 'You may not change this language version.',
};

type Messages = {
  [Key in keyof typeof english]: (typeof english)[Key] extends string
    ? string
    : (typeof english)[Key];
};

const messages: Record<'en' | 'nl' | 'fr', Messages> = {
  en: english,
  nl: {
    overwrite: (name: string | null, at: string) =>
      `Niet opgeslagen: ${name ?? 'iemand anders'} heeft deze pagina op ${clock(at, 'nl')} opgeslagen, nadat u ze opende. Wat u typte, is bewaard: het paneel Versies zet het terug in het formulier. Vergelijk, en sla daarna opnieuw op.`,
    versionNotFound: 'Deze versie bestaat niet meer.',
    documentDeleted:
      'Dit document werd verwijderd. Zet het eerst terug vanuit “Onlangs verwijderd”, daarna zijn versies.',
    deletedNotFound:
      'Dit document staat niet meer bij “Onlangs verwijderd”: het werd al teruggezet, of langer bewaard dan de prullenbak toelaat.',
    localeExists: (locale: string) =>
      `De ${locale.toUpperCase()}-versie bestaat opnieuw; ze bleef zoals ze is.`,
    notAllowed: 'U mag deze taalversie niet wijzigen.',
  },
  fr: {
    overwrite: (name: string | null, at: string) =>
      `Non enregistré : ${name ?? 'quelqu’un d’autre'} a enregistré cette page le ${clock(at, 'fr')}, après que vous l’avez ouverte. Ce que vous avez tapé est gardé : le panneau Versions le remet dans le formulaire. Comparez, puis enregistrez à nouveau.`,
    versionNotFound: 'Cette version n’existe plus.',
    documentDeleted:
      'Ce document a été supprimé. Restaurez-le d’abord depuis « Récemment supprimé », puis ses versions.',
    deletedNotFound:
      'Ce document n’est plus dans « Récemment supprimé » : il a déjà été restauré, ou gardé plus longtemps que la corbeille ne le permet.',
    localeExists: (locale: string) =>
      `La version ${locale.toUpperCase()} existe à nouveau ; elle a été laissée telle quelle.`,
    notAllowed: 'Vous ne pouvez pas modifier cette version linguistique.',
  },
};

export type HistoryMessages = Messages;

/** The messages in the language of the admin user being served. */
export function historyMessages(strapi: Core.Strapi): HistoryMessages {
  return messages[requestLanguage(strapi)];
}
