import type { Core } from '@strapi/strapi';
import { requestLanguage } from '../../../../validation/messages';

const english = {
  notInFuture: 'Choose a date and time in the future.',
  invalidTime: 'This is not a date and time.',
  noSuchDocument: 'This language version does not exist: save it first, then schedule it.',
  jobNotFound: 'This scheduled job no longer exists.',
  notPending: 'This job has already run or was cancelled.',
  notAllowed: 'You may not publish this language version.',
  documentGone: 'This language version was deleted before its time: nothing was published.',
};

type Messages = Record<keyof typeof english, string>;

const messages: Record<'en' | 'nl' | 'fr', Messages> = {
  en: english,
  nl: {
    notInFuture: 'Kies een datum en tijdstip in de toekomst.',
    invalidTime: 'Dit is geen datum en tijdstip.',
    noSuchDocument: 'Deze taalversie bestaat niet: sla ze eerst op en plan ze daarna.',
    jobNotFound: 'Deze geplande taak bestaat niet meer.',
    notPending: 'Deze taak is al uitgevoerd of werd geannuleerd.',
    notAllowed: 'U mag deze taalversie niet publiceren.',
    documentGone:
      'Deze taalversie werd vóór het geplande tijdstip verwijderd: er werd niets gepubliceerd.',
  },
  fr: {
    notInFuture: 'Choisissez une date et une heure dans le futur.',
    invalidTime: 'Ce n’est pas une date et une heure.',
    noSuchDocument:
      'Cette version linguistique n’existe pas : enregistrez-la d’abord, puis programmez-la.',
    jobNotFound: 'Cette tâche programmée n’existe plus.',
    notPending: 'Cette tâche a déjà été exécutée ou a été annulée.',
    notAllowed: 'Vous ne pouvez pas publier cette version linguistique.',
    documentGone:
      'Cette version linguistique a été supprimée avant l’heure prévue : rien n’a été publié.',
  },
};

export type ScheduleMessages = Messages;

export function scheduleMessages(strapi: Core.Strapi): ScheduleMessages {
  return messages[requestLanguage(strapi)];
}
