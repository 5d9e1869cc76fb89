/**
 * What editors read next to each field in the admin: a label per admin language and one hint.
 * Strapi translates labels (keys `content-manager.content-types.<uid>.<field>` and
 * `content-manager.components.<component>.<field>`) but shows a field's description as
 * written, so hints are bilingual: Dutch, then French.
 */
export interface FieldText {
  readonly label: { readonly en: string; readonly nl: string; readonly fr: string };
  readonly hint?: string;
}

export type FieldTexts = Readonly<Record<string, FieldText>>;

const text = (en: string, nl: string, fr: string, hint?: string): FieldText => ({
  label: { en, nl, fr },
  ...(hint ? { hint } : {}),
});

const slugHint =
  'Deel van het webadres: kleine letters, cijfers en koppeltekens · Partie de l’adresse web : minuscules, chiffres et traits d’union';

/**
 * Content type names as the admin's menu and list titles show them; Strapi looks them up
 * by the schema's displayName.
 */
export const contentTypeNames = {
  'api::workshop.workshop': text('Workshop', 'Veranderatelier', 'Atelier du changement'),
  'api::theme.theme': text('Theme', 'Thema', 'Thème'),
  'api::focus-edition.focus-edition': text('Focus edition', 'Focus-editie', 'Édition Focus'),
  'api::team-member.team-member': text('Team member', 'Teamlid', 'Membre de l’équipe'),
  'api::site-setting.site-setting': text(
    'Site settings',
    'Instellingen van de site',
    'Réglages du site'
  ),
  'api::home-page.home-page': text('Home page', 'Startpagina', 'Page d’accueil'),
} as const satisfies Readonly<Record<string, FieldText>>;

export const contentTypeFieldTexts = {
  'api::workshop.workshop': {
    number: text(
      'Number',
      'Nummer',
      'Numéro',
      'Volgnummer van het atelier, bv. 9 · Numéro d’ordre de l’atelier, p. ex. 9'
    ),
    title: text(
      'Title',
      'Titel',
      'Titre',
      'Zoals bezoekers het zien · Tel que les visiteurs le voient'
    ),
    slug: text('Web address', 'Webadres', 'Adresse web', slugHint),
    date: text(
      'Date',
      'Datum',
      'Date',
      'Een datum in de toekomst toont het atelier als “save the date” · Une date future affiche l’atelier comme « save the date »'
    ),
    startTime: text('Start time', 'Begintijd', 'Heure de début'),
    endTime: text(
      'End time',
      'Eindtijd',
      'Heure de fin',
      'Na de begintijd · Après l’heure de début'
    ),
    venue: text('Venue', 'Locatie', 'Lieu', 'Naam en adres van de plek · Nom et adresse du lieu'),
    summary: text(
      'Summary',
      'Samenvatting',
      'Résumé',
      'Twee of drie zinnen voor lijsten en zoekresultaten · Deux ou trois phrases pour les listes et la recherche'
    ),
    programme: text(
      'Programme of the day',
      'Programma van de dag',
      'Programme de la journée',
      'Bv. Actieraad 12:00–13:00, Netwerklunch 13:00–14:00 · P. ex. Conseil d’action 12 h–13 h'
    ),
    agendaTopics: text('Agenda topics', 'Agendapunten', 'Points à l’ordre du jour'),
    roundTables: text(
      'Round tables',
      'Rondetafels',
      'Tables rondes',
      'Wat elke rondetafel besprak, met de thema’s · Ce que chaque table ronde a discuté, avec ses thèmes'
    ),
    participants: text(
      'Participants',
      'Deelnemers',
      'Participants',
      'Zoals in het verslag, bv. “Een 30-tal professionals” · Comme dans le rapport, p. ex. « Une trentaine de professionnels »'
    ),
    participantCount: text(
      'Number of participants',
      'Aantal deelnemers',
      'Nombre de participants',
      'Alleen als het exacte aantal bekend is · Seulement si le nombre exact est connu'
    ),
    presentationFile: text('Presentation (PDF)', 'Presentatie (pdf)', 'Présentation (PDF)'),
    presentationUrl: text(
      'Presentation link',
      'Link naar de presentatie',
      'Lien vers la présentation',
      'Begint met https:// · Commence par https://'
    ),
    resources: text(
      'Resources',
      'Hulpbronnen',
      'Ressources',
      'Links die het verslag noemt · Liens cités dans le rapport'
    ),
    themes: text(
      'Themes',
      'Thema’s',
      'Thèmes',
      'Per taal te kiezen · À choisir dans chaque langue'
    ),
    teamMembers: text(
      'Team',
      'Team',
      'Équipe',
      'Per taal te kiezen · À choisir dans chaque langue'
    ),
  },
  'api::theme.theme': {
    name: text('Name', 'Naam', 'Nom'),
    slug: text('Web address', 'Webadres', 'Adresse web', slugHint),
    shortDescription: text(
      'Short description',
      'Korte beschrijving',
      'Description courte',
      'Eén zin voor lijsten · Une phrase pour les listes'
    ),
    description: text('Description', 'Beschrijving', 'Description'),
    workshops: text('Workshops', 'Veranderateliers', 'Ateliers du changement'),
    focusEditions: text('Focus editions', 'Focus-edities', 'Éditions Focus'),
  },
  'api::focus-edition.focus-edition': {
    edition: text(
      'Edition',
      'Editie',
      'Édition',
      'Nummer van de Focus, bv. 8 · Numéro du Focus, p. ex. 8'
    ),
    title: text('Title', 'Titel', 'Titre'),
    slug: text('Web address', 'Webadres', 'Adresse web', slugHint),
    summary: text('Summary', 'Samenvatting', 'Résumé'),
    editionStatus: text(
      'Status',
      'Stand van zaken',
      'État',
      '“published”: verschenen · “in_preparation”: in voorbereiding · « published » : parue · « in_preparation » : en préparation'
    ),
    publicationDate: text('Publication date', 'Publicatiedatum', 'Date de publication'),
    pdf: text('PDF in this language', 'Pdf in deze taal', 'PDF dans cette langue'),
    url: text('Link', 'Link', 'Lien', 'Begint met https:// · Commence par https://'),
    themes: text(
      'Themes',
      'Thema’s',
      'Thèmes',
      'Per taal te kiezen · À choisir dans chaque langue'
    ),
    webinar: text('Webinar', 'Webinar', 'Webinaire'),
  },
  'api::team-member.team-member': {
    name: text('Name', 'Naam', 'Nom', 'Voornaam, zoals op de site · Prénom, tel que sur le site'),
    role: text('Role', 'Functie', 'Fonction'),
    photo: text('Photo', 'Foto', 'Photo'),
    photoAlt: text(
      'Photo description',
      'Beschrijving van de foto',
      'Description de la photo',
      'Verplicht bij een foto: wat ziet een blinde bezoeker? · Obligatoire avec une photo : que voit un visiteur aveugle ?'
    ),
    bio: text('Short bio', 'Korte bio', 'Courte bio'),
    displayOrder: text(
      'Display order',
      'Volgorde',
      'Ordre d’affichage',
      'Kleinste getal eerst · Le plus petit nombre d’abord'
    ),
    active: text(
      'Active',
      'Actief',
      'Actif',
      'Uit: niet meer getoond op de teampagina · Désactivé : plus affiché sur la page de l’équipe'
    ),
    workshops: text('Workshops', 'Veranderateliers', 'Ateliers du changement'),
  },
  'api::site-setting.site-setting': {
    siteName: text('Site name', 'Naam van de site', 'Nom du site'),
    tagline: text('Tagline', 'Slogan', 'Slogan'),
    contactEmail: text(
      'Contact e-mail',
      'Contact-e-mail',
      'E-mail de contact',
      'Een algemeen adres, geen persoonlijk · Une adresse générale, pas personnelle'
    ),
    contactPhone: text('Contact phone', 'Telefoon', 'Téléphone'),
    address: text('Address', 'Adres', 'Adresse'),
    footerLines: text(
      'Footer lines',
      'Regels in de voettekst',
      'Lignes du pied de page',
      'Bv. “Een initiatief van de vzw BRUSANO” · P. ex. « Une initiative de l’asbl BRUSANO »'
    ),
    links: text('Links', 'Links', 'Liens'),
  },
  'api::home-page.home-page': {
    title: text('Title', 'Titel', 'Titre'),
    intro: text('Introduction', 'Inleiding', 'Introduction'),
  },
} as const satisfies Readonly<Record<string, FieldTexts>>;

export const componentFieldTexts = {
  'workshop.programme-item': {
    startTime: text('Start', 'Begin', 'Début'),
    endTime: text('End', 'Einde', 'Fin', 'Na het begin · Après le début'),
    label: text('What happens', 'Onderdeel', 'Activité', 'Bv. Netwerklunch · P. ex. Lunch réseau'),
  },
  'workshop.agenda-topic': {
    title: text('Topic', 'Onderwerp', 'Sujet'),
    details: text('Details', 'Details', 'Détails'),
  },
  'workshop.round-table': {
    title: text('Title', 'Titel', 'Titre'),
    body: text('What was said', 'Wat er besproken werd', 'Ce qui a été dit'),
    themes: text('Themes', 'Thema’s', 'Thèmes'),
  },
  'shared.link': {
    label: text('Link text', 'Linktekst', 'Texte du lien'),
    url: text(
      'Web address (URL)',
      'Webadres (URL)',
      'Adresse web (URL)',
      'Begint met https:// · Commence par https://'
    ),
    description: text('Description', 'Beschrijving', 'Description'),
  },
  'focus.webinar': {
    date: text('Date', 'Datum', 'Date'),
    description: text('Description', 'Beschrijving', 'Description'),
    recordingUrl: text(
      'Recording link',
      'Link naar de opname',
      'Lien vers l’enregistrement',
      'Begint met https:// · Commence par https://'
    ),
  },
  'site.footer-line': {
    text: text('Text', 'Tekst', 'Texte'),
    url: text('Link (optional)', 'Link (optioneel)', 'Lien (facultatif)'),
  },
} as const satisfies Readonly<Record<string, FieldTexts>>;

export type AdminLanguage = keyof FieldText['label'];

/** Admin translation entries for one language, under the keys Strapi's content manager looks up. */
export function fieldLabelTranslations(language: AdminLanguage): Record<string, string> {
  const entries: [string, string][] = Object.values<FieldText>(contentTypeNames).map((name) => [
    name.label.en,
    name.label[language],
  ]);
  for (const [uid, fields] of Object.entries(contentTypeFieldTexts)) {
    for (const [field, fieldText] of Object.entries<FieldText>(fields)) {
      entries.push([`content-manager.content-types.${uid}.${field}`, fieldText.label[language]]);
    }
  }
  for (const [uid, fields] of Object.entries(componentFieldTexts)) {
    for (const [field, fieldText] of Object.entries<FieldText>(fields)) {
      entries.push([`content-manager.components.${uid}.${field}`, fieldText.label[language]]);
    }
  }
  return Object.fromEntries(entries);
}

/** A field's label in an admin language, falling back to its name for fields we do not describe. */
export function fieldLabel(uid: string, field: string, language: AdminLanguage): string {
  const fields: FieldTexts | undefined = (contentTypeFieldTexts as Record<string, FieldTexts>)[uid];
  return fields?.[field]?.label[language] ?? field;
}
