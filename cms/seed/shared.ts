import type { SharedSeed } from './types';

const palliativeCareTools =
  'https://www.brusano.brussels/nl/dienst/platform-palliatieve-zorg-brussel/#tools';

export const shared: SharedSeed = {
  themes: [
    'vaccination',
    'social-isolation',
    'palliative-care',
    'hospital-home-care',
    'food-insecurity',
  ],
  // The reports name the team by first name only, in this order; Sophie appears from the 9th workshop on.
  team: [
    { key: 'alice', name: 'Alice', displayOrder: 1 },
    { key: 'aurelie', name: 'Aurélie', displayOrder: 2 },
    { key: 'christopher', name: 'Christopher', displayOrder: 3 },
    { key: 'ersilia', name: 'Ersilia', displayOrder: 4 },
    { key: 'sasha', name: 'Sasha', displayOrder: 5 },
    { key: 'sophie', name: 'Sophie', displayOrder: 6 },
    { key: 'valentin', name: 'Valentin', displayOrder: 7 },
  ],
  workshops: [
    {
      number: 8,
      date: '2025-06-03',
      startTime: '12:00:00.000',
      // The report's end time is garbled ("14h-1 uh"); the programme is Actieraad 12–13 h,
      // Netwerklunch 13–14 h, Veranderatelier 14–16 h.
      endTime: '16:00:00.000',
      presentationUrl:
        'https://www.bassin-sud.brussels/layout/uploads/2025/06/20250603_ADC_VA_S-Z.pdf',
      programme: [
        { startTime: '12:00:00.000', endTime: '13:00:00.000' },
        { startTime: '13:00:00.000', endTime: '14:00:00.000' },
        { startTime: '14:00:00.000', endTime: '16:00:00.000' },
      ],
      roundTables: [
        { themes: ['vaccination'] },
        { themes: ['social-isolation'] },
        { themes: ['palliative-care'] },
      ],
      resources: [
        { url: palliativeCareTools },
        { url: 'https://www.zorgzone-zuid.brussels/events/veranderatelier-9/' },
      ],
      themes: ['vaccination', 'social-isolation', 'palliative-care'],
      team: ['alice', 'aurelie', 'christopher', 'ersilia', 'sasha', 'valentin'],
    },
    {
      number: 9,
      date: '2025-10-16',
      presentationUrl:
        'https://www.zorgzone-zuid.brussels/layout/uploads/2025/11/20251016_pres.pdf',
      programme: [],
      roundTables: [
        { themes: ['hospital-home-care'] },
        { themes: [] },
        { themes: ['food-insecurity'] },
      ],
      resources: [
        { url: palliativeCareTools },
        { url: 'https://www.brusano.brussels/nl/publicaties/focus/' },
      ],
      themes: ['vaccination', 'social-isolation', 'hospital-home-care', 'food-insecurity'],
      team: ['alice', 'aurelie', 'christopher', 'ersilia', 'sasha', 'sophie', 'valentin'],
    },
  ],
  focusEditions: [
    // The 9th report: seven editions exist and an eighth, on financial access to care beyond
    // compulsory insurance, is being finished. Only the eighth is described, so only it is seeded.
    {
      edition: 8,
      editionStatus: 'in_preparation',
      url: 'https://www.brusano.brussels/nl/publicaties/focus/',
      themes: [],
    },
  ],
  // One entry per footer line: the link it carries, if any.
  footerLinks: ['https://www.brusano.brussels/', null],
  // "Een initiatief van de vzw BRUSANO" (8th report). Its registered office, enterprise number
  // and register are in no report: editors fill them in (the site lists them as missing).
  organisationName: 'BRUSANO',
  pages: {
    about: { parent: null, position: 1 },
    workings: { parent: 'about', position: 1 },
    contact: { parent: null, position: 2 },
    privacy: { parent: null, position: 3 },
    accessibility: { parent: null, position: 4 },
  },
  // The addresses of the old site that the reports link to (both reports' links).
  redirects: [
    {
      from: '/events/veranderatelier-9/',
      to: { workshop: 9 },
      locale: 'nl',
      permanent: true,
      note: 'De agendapagina van het 9e veranderatelier op de vorige site, gelinkt in het verslag van het 8e.',
    },
    {
      from: '/layout/uploads/2025/06/20250603_ADC_VA_S-Z.pdf',
      to: { workshop: 8 },
      locale: 'nl',
      permanent: false,
      note: 'De presentatie van het 8e veranderatelier op de vorige site. Zet de pdf in de mediabibliotheek en laat deze doorverwijzing naar dat bestand leiden.',
    },
    {
      from: '/layout/uploads/2025/11/20251016_pres.pdf',
      to: { workshop: 9 },
      locale: 'nl',
      permanent: false,
      note: 'De presentatie van het 9e veranderatelier op de vorige site. Zet de pdf in de mediabibliotheek en laat deze doorverwijzing naar dat bestand leiden.',
    },
  ],
};
