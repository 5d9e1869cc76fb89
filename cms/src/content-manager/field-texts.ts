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
  'api::page.page': text('Page', 'Pagina', 'Page'),
  'api::navigation.navigation': text('Navigation', 'Navigatie', 'Navigation'),
  'api::redirect.redirect': text('Redirect', 'Doorverwijzing', 'Redirection'),
} as const satisfies Readonly<Record<string, FieldText>>;

/**
 * Component names, as the block picker and each block's bar show them; Strapi looks them up by
 * the component's uid, and a category by its name.
 */
export const componentNames = {
  'blocks.rich-text': text('Text', 'Tekst', 'Texte'),
  'blocks.image': text('Image', 'Afbeelding', 'Image'),
  'blocks.call-to-action': text('Call to action', 'Oproep met knop', 'Appel à l’action'),
  'blocks.latest-items': text('Latest items', 'Nieuwste items', 'Derniers éléments'),
  'blocks.questions': text(
    'Questions and answers',
    'Vragen en antwoorden',
    'Questions et réponses'
  ),
  'blocks.contact-card': text('Contact card', 'Contactkaart', 'Carte de contact'),
  'blocks.file-download': text(
    'File download',
    'Bestand om te downloaden',
    'Fichier à télécharger'
  ),
  'shared.seo': text('Search and sharing', 'Zoeken en delen', 'Recherche et partage'),
  'shared.question': text('Question', 'Vraag', 'Question'),
  'shared.link': text('Link', 'Link', 'Lien'),
  'navigation.link': text('Link', 'Link', 'Lien'),
  'navigation.footer-column': text(
    'Footer column',
    'Kolom in de voettekst',
    'Colonne du pied de page'
  ),
  'workshop.programme-item': text(
    'Programme item',
    'Onderdeel van het programma',
    'Élément du programme'
  ),
  'workshop.agenda-topic': text('Agenda topic', 'Agendapunt', 'Point à l’ordre du jour'),
  'workshop.round-table': text('Round table', 'Rondetafel', 'Table ronde'),
  'focus.webinar': text('Webinar', 'Webinar', 'Webinaire'),
  'site.footer-line': text('Footer line', 'Regel in de voettekst', 'Ligne du pied de page'),
} as const satisfies Readonly<Record<string, FieldText>>;

/** The block picker's categories, by their names in cms/src/components/. */
export const componentCategoryNames = {
  blocks: text('Blocks', 'Blokken', 'Blocs'),
  shared: text('Shared', 'Gedeeld', 'Commun'),
  navigation: text('Navigation', 'Navigatie', 'Navigation'),
  workshop: text('Workshop', 'Veranderatelier', 'Atelier du changement'),
  focus: text('Focus', 'Focus', 'Focus'),
  site: text('Site', 'Site', 'Site'),
} as const satisfies Readonly<Record<string, FieldText>>;

const seoText = text(
  'Search and sharing',
  'Zoeken en delen',
  'Recherche et partage',
  'Titel, beschrijving en beeld voor zoekmachines en sociale media; leeg = de gewone titel en samenvatting · Titre, description et image pour les moteurs de recherche et les réseaux sociaux ; vide = le titre et le résumé habituels'
);

const blocksText = (en: string, nl: string, fr: string) =>
  text(en, nl, fr, 'Blokken, in de volgorde van de pagina · Des blocs, dans l’ordre de la page');

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
    seo: seoText,
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
    seo: seoText,
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
    seo: seoText,
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
    organisationName: text(
      'Association',
      'Vereniging',
      'Association',
      'De naam van de vereniging achter de site, bv. BRUSANO · Le nom de l’association derrière le site, p. ex. BRUSANO'
    ),
    legalForm: text('Legal form', 'Rechtsvorm', 'Forme juridique', 'Bv. vzw · P. ex. asbl'),
    registeredOffice: text(
      'Registered office',
      'Maatschappelijke zetel',
      'Siège social',
      'Wettelijk verplicht op de site (art. 2:20 WVV) · Obligatoire sur le site (art. 2:20 CSA)'
    ),
    enterpriseNumber: text(
      'Enterprise number',
      'Ondernemingsnummer',
      'Numéro d’entreprise',
      'Zoals 0123.456.789, wettelijk verplicht op de site · Comme 0123.456.789, obligatoire sur le site'
    ),
    legalEntitiesRegister: text(
      'Register of legal entities',
      'Rechtspersonenregister',
      'Registre des personnes morales',
      'RPR met de rechtbank van de zetel, bv. “RPR Brussel” · RPM et le tribunal du siège, p. ex. « RPM Bruxelles »'
    ),
    contactEmail: text(
      'Contact e-mail',
      'Contact-e-mail',
      'E-mail de contact',
      'Een algemeen adres, geen persoonlijk · Une adresse générale, pas personnelle'
    ),
    contactPhone: text('Contact phone', 'Telefoon', 'Téléphone'),
    address: text('Address', 'Adres', 'Adresse'),
    privacyStatement: text(
      'Privacy statement',
      'Privacyverklaring',
      'Déclaration de confidentialité',
      'De pagina waarnaar elke voettekst linkt · La page vers laquelle chaque pied de page renvoie'
    ),
    accessibilityStatement: text(
      'Accessibility statement',
      'Toegankelijkheidsverklaring',
      'Déclaration d’accessibilité',
      'De pagina waarnaar elke voettekst linkt · La page vers laquelle chaque pied de page renvoie'
    ),
    footerLines: text(
      'Footer lines',
      'Regels in de voettekst',
      'Lignes du pied de page',
      'Bv. “Een initiatief van de vzw BRUSANO” · P. ex. « Une initiative de l’asbl BRUSANO »'
    ),
  },
  'api::home-page.home-page': {
    title: text('Title', 'Titel', 'Titre'),
    intro: text('Introduction', 'Inleiding', 'Introduction'),
    blocks: blocksText(
      'Blocks below the fixed parts',
      'Blokken onder de vaste delen',
      'Blocs sous les parties fixes'
    ),
  },
  'api::page.page': {
    title: text('Title', 'Titel', 'Titre'),
    slug: text('Web address', 'Webadres', 'Adresse web', slugHint),
    parent: text(
      'Parent page',
      'Bovenliggende pagina',
      'Page parente',
      'Leeg: de pagina staat bovenaan, bv. /nl/over-ons/. Anders eronder: /nl/over-ons/werking/ · Vide : la page est au premier niveau. Sinon en dessous : /fr/a-propos/fonctionnement/'
    ),
    position: text(
      'Order',
      'Volgorde',
      'Ordre',
      'Onder dezelfde bovenliggende pagina: kleinste getal eerst · Sous la même page parente : le plus petit nombre d’abord'
    ),
    summary: text(
      'Summary',
      'Samenvatting',
      'Résumé',
      'Eén of twee zinnen voor zoekresultaten en lijsten van pagina’s · Une ou deux phrases pour la recherche et les listes de pages'
    ),
    blocks: blocksText('Content', 'Inhoud', 'Contenu'),
    children: text(
      'Pages below this one',
      'Onderliggende pagina’s',
      'Pages en dessous',
      'Op de site onderaan deze pagina, in hun eigen volgorde · Sur le site au bas de cette page, dans leur propre ordre'
    ),
    reviewedOn: text(
      'Last reviewed on',
      'Laatst nagekeken op',
      'Dernière révision le',
      'Voor verklaringen: de datum waarop de inhoud nog klopte; de pagina toont ze · Pour les déclarations : la date à laquelle le contenu a été vérifié ; la page l’affiche'
    ),
    seo: seoText,
  },
  'api::navigation.navigation': {
    header: text(
      'Header menu',
      'Hoofdmenu',
      'Menu principal',
      'In deze volgorde bovenaan elke pagina; een link naar iets ongepubliceerds wordt weggelaten · Dans cet ordre en haut de chaque page ; un lien vers un contenu non publié est omis'
    ),
    footerColumns: text(
      'Footer columns',
      'Kolommen in de voettekst',
      'Colonnes du pied de page',
      'Een titel met links eronder · Un titre et ses liens'
    ),
  },
  'api::redirect.redirect': {
    from: text(
      'Old address',
      'Oud adres',
      'Ancienne adresse',
      'Het pad zonder domeinnaam, bv. /events/veranderatelier-9/ · Le chemin sans nom de domaine, p. ex. /events/veranderatelier-9/'
    ),
    page: text(
      'To a page',
      'Naar een pagina',
      'Vers une page',
      'Kies één bestemming · Choisissez une seule destination'
    ),
    workshop: text('To a workshop', 'Naar een veranderatelier', 'Vers un atelier du changement'),
    theme: text('To a theme', 'Naar een thema', 'Vers un thème'),
    focusEdition: text('To a Focus edition', 'Naar een Focus-editie', 'Vers une édition Focus'),
    list: text('To a list', 'Naar een lijst', 'Vers une liste'),
    url: text(
      'To an address',
      'Naar een adres',
      'Vers une adresse',
      'Een pad van deze site (/nl/…) of een webadres (https://…) · Un chemin de ce site (/fr/…) ou une adresse web (https://…)'
    ),
    file: text(
      'To a file',
      'Naar een bestand',
      'Vers un fichier',
      'Bv. een pdf die op de vorige site stond · P. ex. un PDF qui était sur l’ancien site'
    ),
    permanent: text(
      'Permanent',
      'Blijvend',
      'Permanente',
      'Aan (301): het oude adres komt niet terug · Activé (301) : l’ancienne adresse ne reviendra pas'
    ),
    automatic: text('Made automatically', 'Automatisch gemaakt', 'Créée automatiquement'),
    note: text(
      'Note',
      'Notitie',
      'Note',
      'Voor redacteurs, niet op de site · Pour les rédacteurs, pas sur le site'
    ),
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
  'shared.seo': {
    metaTitle: text(
      'Title in search results',
      'Titel in zoekresultaten',
      'Titre dans les résultats de recherche',
      'Hoogstens 70 tekens · 70 caractères au plus'
    ),
    metaDescription: text(
      'Description in search results',
      'Beschrijving in zoekresultaten',
      'Description dans les résultats de recherche',
      'Hoogstens 170 tekens · 170 caractères au plus'
    ),
    socialImage: text(
      'Image when shared',
      'Beeld bij delen',
      'Image au partage',
      'Wordt bijgesneden tot 1200 × 630 · Recadrée en 1200 × 630'
    ),
    noindex: text(
      'Hide from search engines',
      'Verbergen voor zoekmachines',
      'Masquer aux moteurs de recherche',
      'Ook uit de zoekfunctie en de sitemap van de site · Aussi hors de la recherche et du plan du site'
    ),
  },
  'shared.question': {
    question: text('Question', 'Vraag', 'Question'),
    answer: text('Answer', 'Antwoord', 'Réponse'),
  },
  'navigation.link': {
    label: text('Link text', 'Linktekst', 'Texte du lien'),
    page: text(
      'Page',
      'Pagina',
      'Page',
      'Kies één bestemming: een pagina, een document, een lijst of een adres · Choisissez une seule destination : une page, un document, une liste ou une adresse'
    ),
    workshop: text('Workshop', 'Veranderatelier', 'Atelier du changement'),
    theme: text('Theme', 'Thema', 'Thème'),
    focusEdition: text('Focus edition', 'Focus-editie', 'Édition Focus'),
    list: text(
      'List of the site',
      'Lijst van de site',
      'Liste du site',
      'home: startpagina · workshops, themes, focusEditions, team, search: de lijsten en de zoekpagina · home : accueil · workshops, themes, focusEditions, team, search : les listes et la recherche'
    ),
    url: text(
      'Address',
      'Adres',
      'Adresse',
      'https://…, mailto:…, tel:… of een pad van deze site (/nl/…) · https://…, mailto:…, tel:… ou un chemin de ce site (/fr/…)'
    ),
  },
  'navigation.footer-column': {
    heading: text('Heading', 'Titel', 'Titre'),
    links: text('Links', 'Links', 'Liens'),
  },
  'blocks.rich-text': {
    body: text('Text', 'Tekst', 'Texte'),
  },
  'blocks.image': {
    image: text('Image', 'Afbeelding', 'Image'),
    alt: text(
      'Description',
      'Beschrijving',
      'Description',
      'Wat ziet een blinde bezoeker? Verplicht, behalve bij een decoratieve afbeelding · Que voit un visiteur aveugle ? Obligatoire, sauf pour une image décorative'
    ),
    decorative: text(
      'Decorative',
      'Decoratief',
      'Décorative',
      'Aan: de afbeelding zegt niets dat de tekst niet zegt · Activé : l’image ne dit rien que le texte ne dise déjà'
    ),
    caption: text('Caption', 'Onderschrift', 'Légende'),
    credit: text('Credit', 'Fotograaf of bron', 'Crédit', 'Bv. © naam · P. ex. © nom'),
  },
  'blocks.call-to-action': {
    text: text('Text', 'Tekst', 'Texte', 'Eén of twee zinnen · Une ou deux phrases'),
    link: text('Link', 'Link', 'Lien'),
  },
  'blocks.latest-items': {
    heading: text('Heading', 'Titel', 'Titre'),
    kind: text(
      'What',
      'Wat',
      'Quoi',
      'workshopReports: verslagen · focusEditions: Focus-edities · upcomingWorkshops: geplande ateliers · workshopReports : comptes rendus · focusEditions : éditions Focus · upcomingWorkshops : ateliers à venir'
    ),
    count: text('How many', 'Hoeveel', 'Combien', '1 tot 12 · 1 à 12'),
  },
  'blocks.questions': {
    heading: text('Heading', 'Titel', 'Titre'),
    items: text('Questions', 'Vragen', 'Questions'),
  },
  'blocks.contact-card': {
    heading: text('Heading', 'Titel', 'Titre'),
    useSiteContact: text(
      'Use the site’s contact details',
      'Contactgegevens van de site gebruiken',
      'Utiliser les coordonnées du site',
      'Aan: e-mail, telefoon en adres uit de instellingen van de site vullen aan wat hier leeg is · Activé : l’e-mail, le téléphone et l’adresse des réglages du site complètent ce qui est vide ici'
    ),
    name: text('Name', 'Naam', 'Nom'),
    email: text('E-mail', 'E-mail', 'E-mail'),
    phone: text('Phone', 'Telefoon', 'Téléphone'),
    address: text('Address', 'Adres', 'Adresse'),
    note: text('Note', 'Opmerking', 'Remarque'),
  },
  'blocks.file-download': {
    file: text('File', 'Bestand', 'Fichier'),
    label: text(
      'Link text',
      'Linktekst',
      'Texte du lien',
      'Type en grootte worden erbij getoond · Le type et la taille sont affichés à côté'
    ),
    description: text('Description', 'Beschrijving', 'Description'),
  },
} as const satisfies Readonly<Record<string, FieldTexts>>;

export type AdminLanguage = keyof FieldText['label'];

/** Admin translation entries for one language, under the keys Strapi's content manager looks up. */
export function fieldLabelTranslations(language: AdminLanguage): Record<string, string> {
  const entries: [string, string][] = Object.values<FieldText>(contentTypeNames).map((name) => [
    name.label.en,
    name.label[language],
  ]);
  for (const names of [componentNames, componentCategoryNames])
    for (const [key, name] of Object.entries<FieldText>(names))
      entries.push([key, name.label[language]]);
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
