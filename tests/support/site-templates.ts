/**
 * One page of each template, in both languages, plus the language chooser and the server's 404:
 * editors' pages among them, the one with every block, a nested one and the legal statements.
 */
export const templates = [
  '/',
  '/404.html',
  '/nl/alle-blokken/',
  '/fr/tous-les-blocs/',
  '/nl/over-ons/',
  '/fr/a-propos/fonctionnement/',
  '/nl/privacyverklaring/',
  '/fr/declaration-de-confidentialite/',
  '/nl/toegankelijkheidsverklaring/',
  '/fr/declaration-d-accessibilite/',
  ...[
    [
      'nl',
      'veranderateliers',
      'veranderatelier-8',
      'themas',
      'sociaal-isolement',
      'team',
      'zoeken',
    ],
    [
      'fr',
      'ateliers-du-changement',
      'atelier-du-changement-8',
      'themes',
      'isolement-social',
      'equipe',
      'recherche',
    ],
  ].flatMap(([locale, workshops, workshop, themes, theme, team, search]) => [
    `/${locale}/`,
    `/${locale}/${workshops}/`,
    `/${locale}/${workshops}/${workshop}/`,
    `/${locale}/${themes}/`,
    `/${locale}/${themes}/${theme}/`,
    `/${locale}/focus/`,
    `/${locale}/focus/focus-8/`,
    `/${locale}/${team}/`,
    `/${locale}/${search}/`,
    `/${locale}/404/`,
  ]),
];

/** A search page, a query only one seeded document answers, and the page it must lead to. */
export const searchCases = [
  ['/nl/zoeken/', 'voedselonzekerheid', '/nl/veranderateliers/veranderatelier-9/'],
  [
    '/fr/recherche/',
    'insécurité alimentaire',
    '/fr/ateliers-du-changement/atelier-du-changement-9/',
  ],
  // Editors' pages are searched too.
  ['/nl/zoeken/', 'Gegevensbeschermingsautoriteit', '/nl/privacyverklaring/'],
  ['/fr/recherche/', 'Autorité de protection', '/fr/declaration-de-confidentialite/'],
] as const;
