import { pages } from './pages/nl';
import type { LocalizedSeed } from './types';

/** Dutch: the language the reports were written in; texts follow them closely. */
export const nl: LocalizedSeed = {
  themes: {
    vaccination: {
      name: 'Vaccinatie',
      slug: 'vaccinatie',
      shortDescription:
        'Mensen beter informeren en sensibiliseren rond vaccinatie, vooral wie ver van de gezondheidszorg af staat.',
    },
    'social-isolation': {
      name: 'Sociaal isolement',
      slug: 'sociaal-isolement',
      shortDescription:
        'Sociaal isolement, gelinkt aan welzijn en gezondheid, en de projecten die het bestrijden.',
    },
    'palliative-care': {
      name: 'Levenseinde en palliatieve zorg',
      slug: 'levenseinde-en-palliatieve-zorg',
      shortDescription:
        'De uitdagingen voor professionals bij het levenseinde, en de hulpbronnen om hen en naasten te ondersteunen.',
    },
    'hospital-home-care': {
      name: 'Verbinding ambulante zorg – ziekenhuis',
      slug: 'verbinding-ambulante-zorg-ziekenhuis',
      shortDescription:
        'Continuïteit van de zorg van opname tot ontslag en een goede terugkeer naar huis.',
    },
    'food-insecurity': {
      name: 'Voedselonzekerheid',
      slug: 'voedselonzekerheid',
      shortDescription:
        'Toegang tot betaalbare, aangepaste voeding in het Brussels Gewest, zonder stigma.',
    },
  },
  workshops: [
    {
      title: 'Feedback over het veranderatelier van 3 juni 2025',
      slug: 'veranderatelier-8',
      summary:
        'Het 8e veranderatelier (VA) van Zorgzone Zuid gaf feedback over de tweede Zorgzone Actieraad, zette lopende acties in de kijker, stelde een literatuurreview over sociaal isolement voor en ging in op het levenseinde en palliatieve zorg.',
      participants: 'Een 30-tal professionals uit de welzijns- en gezondheidssector',
      programme: [{ label: 'Actieraad' }, { label: 'Netwerklunch' }, { label: 'Veranderatelier' }],
      agendaTopics: [
        { title: 'Feedback geven over de tweede Zorgzone Actieraad (ZAR).' },
        {
          title: 'De focus leggen op enkele lopende acties:',
          details: [
            [
              '• Ontmoetingen rond gezondheidspreventie',
              '• Opendeurweek Melting Papot’ 2025',
              '• 3 Thematische overlegmomenten (TO) in de zorgzone',
              '• Praktijkgemeenschap 2025-2026',
            ].join('\n'),
          ],
        },
        {
          title:
            'De resultaten presenteren van een review van de wetenschappelijke literatuur over sociaal isolement gelinkt aan welzijn-gezondheid.',
        },
        {
          title:
            'De uitdagingen presenteren in verband met het levenseinde en de opdrachten en activiteiten van het Brussels platform voor palliatieve zorg.',
        },
      ],
      roundTables: [
        {
          title: 'Vaccinatiecampagne',
          body: [
            'Tijdens de gesprekken kwam tot uiting hoe belangrijk het is om over lokale referentiepersonen te beschikken en om duidelijk te communiceren en iedereen beter te informeren, vooral mensen die ver van het gezondheidszorgsysteem af staan. Omdat steeds meer mensen aarzelen om zich te laten vaccineren en artsen niet genoeg tijd hebben om mensen te sensibiliseren, zijn er concrete tools en gerichte campagnes nodig, met extra aandacht voor een duidelijke en aangepaste boodschap.',
          ],
        },
        {
          title: 'Sociaal isolement',
          body: [
            'De deelnemers hebben extra aandacht gegeven aan bestaande projecten ter bestrijding van het isolement: het Collectief Twogether, Aquarelle in het UMC Sint-Pieter, ontmoetingsplaatsen, de buurtkeuken, gemeenschappelijke moestuinen enz. Ze wezen ook op moeilijkheden bij het leggen van sociale contacten: isolement van professionals in hun praktijk, weinig hulpbronnen waarnaar kan worden doorverwezen en een grote verscheidenheid aan doelgroepen met specifieke behoeften die een groter risico op isolement lopen (alleenstaande ouders, jongeren, lgbtqia+ enz.).',
            'Aandachtspunten: niet alleen het eindresultaat van de projecten benadrukken, maar ook hoe ze tot stand zijn gekomen en welke methodes zijn gebruikt. Daarnaast waren de deelnemers een beetje wantrouwig tegenover projecten die als ‘nieuw’ of ‘innovatief’ worden bestempeld, vooral als alleen het eindresultaat wordt getoond, terwijl dat vaak sterk afhankelijk is van de context en de betrokken organisaties. Ze stelden daarom voor om te focussen op terugkerende en duurzame evenementen en projecten.',
          ],
        },
        {
          title: 'Levenseinde en palliatieve zorg',
          body: [
            'De gesprekken gingen over de uitdagingen waar professionals bij het levenseinde mee te maken hebben. Er wordt gewezen op de veel voorkomende verwarring tussen palliatieve zorg en euthanasie en het gebrek aan wettelijke aanknopingspunten. De deelnemers gaven aan dat ze behoefte hebben aan betere opleiding, meer tools, ondersteuning, een netwerk om door te verwijzen en een actieve luisterhouding. Er zijn meerdere hulpbronnen gedeeld (zowel via het platform als via andere externe kanalen) om professionals en naasten te ondersteunen: brochures, themakaarten, luisterlijnen, opleidingen...',
          ],
        },
      ],
      resources: [
        {
          label: 'Hulpbronnen van het Platform Palliatieve Zorg Brussel',
          description:
            'Brochures, themakaarten, luisterlijnen, opleidingen… voor professionals en naasten.',
        },
        { label: 'Agendapagina van het 9e veranderatelier (save the date: 16 oktober 2025)' },
      ],
    },
    {
      title: 'Feedback over het veranderatelier van 16 oktober 2025',
      slug: 'veranderatelier-9',
      summary:
        'Op het negende veranderatelier (VA) van Zorgzone Zuid kwamen preventie en vaccinatie, sociaal isolement, de opendeurdagen Melting Papot’, de verbinding ambulante zorg–ziekenhuis, de Focus en hulplijnen en voedselonzekerheid aan bod.',
      programme: [],
      agendaTopics: [
        { title: 'De Ontmoetingen rond gezondheidspreventie en de vaccinatiecampagne' },
        { title: 'De ‘Intersection-ochtend’ met als thema sociaal isolement' },
        { title: 'De opendeurdagen Melting Papot’' },
        { title: 'De verbinding ambulante zorg-ziekenhuis in onze verschillende fora' },
        { title: 'De Focus en hulplijnen die door het regionale team werden voorgesteld' },
        {
          title:
            'En een presentatie over voedselonzekerheid door de wetenschappelijke ondersteuning',
        },
      ],
      roundTables: [
        {
          title: 'Verbinding ambulante zorg - ziekenhuis',
          body: [
            'De deelnemers wezen op een gebrek aan vooruit denken bij opname in het ziekenhuis en op onvoldoende communicatie tussen de verschillende betrokkenen doorheen het zorgtraject — van opname tot ontslag. Ze benadrukken de noodzaak om de cultuur van continuïteit van de zorg in elke fase van het zorgtraject te versterken. Dat gebrek aan coördinatie heeft grote gevolgen voor de sociale opvolging, de geestelijke gezondheid en de kwaliteit van de verleende zorg.',
            'Een van de ontbrekende schakels in de keten blijft de maatschappelijk werker, die nochtans onmisbaar is in de begeleiding en een succesvolle terugkeer naar huis.',
            'Ondanks de terugkerende hindernissen werden verschillende positieve initiatieven gedeeld: voorbereidende vergaderingen vóór het ontslag organiseren waarbij het netwerk van de patiënt wordt betrokken, proactieve stappen van ziekenhuizen die contact opnemen met partnerorganisaties om de samenwerking te versterken en overeenkomsten te sluiten, of vooraf bezoeken organiseren tijdens de ziekenhuisopname om de terugkeer naar huis voor te bereiden en te zorgen voor een goede overdracht tussen professionals binnen en buiten het ziekenhuis. Deze voorbeelden tonen hoe belangrijk coördinatie is.',
          ],
        },
        {
          title: 'Focus en Hulplijnen: tools om praktijken te optimaliseren',
          body: [
            'De deelnemers waren verheugd over de duidelijkheid en het nut van deze tools, die ze graag breed willen verspreiden binnen hun teams. Er zijn nu zeven edities van Focus beschikbaar en een achtste – over de financiële toegankelijkheid van gezondheidszorg buiten de verplichte verzekering – wordt momenteel afgerond. Elke Focus wordt jaarlijks behandeld in een webinar dat uit twee delen bestaat: presentatie van het thema en de inhoud; vragen/discussie met specialisten. De publicaties zijn online beschikbaar.',
            'Door de deelnemers voorgestelde onderwerpen voor nieuwe Focus-edities: Mantelzorgers – Huisvesting – Huiselijk geweld – Verslaving – Affectieve en seksuele relaties – Kwetsbare groepen.',
          ],
        },
        {
          title: 'Voedselonzekerheid',
          body: [
            'In het Brussels Gewest heeft een groot deel van de bevolking te maken met voedselonzekerheid. Dat gaat verder dan alleen het inkomen en is ook verankerd in culturele, educatieve en sociale aspecten. Alleenstaande ouders, jongeren, mensen met een migratieachtergrond of mensen in een kwetsbare situatie behoren tot de meest getroffen groepen.',
            'Sociale restaurants en sociale kruideniers maken betaalbare voeding mogelijk en zorgen tegelijkertijd voor sociale contacten. Maar mensen durven er soms geen gebruik van te maken uit angst voor vooroordelen of omdat ze het gevoel hebben dat ze er geen recht op hebben. Voedselbanken zijn weliswaar onmisbaar, maar hebben te kampen met verzadiging, ingewikkelde procedures en een aanbod dat soms weinig gevarieerd of cultureel onaangepast is.',
            'Welzijns- en gezondheidsprofessionals roepen op om samen met begunstigden oplossingen te bedenken, voedselhulp te destigmatiseren en de toegang tot de voorzieningen te vereenvoudigen. Ze benadrukken hoe belangrijk het is om meer inclusieve lokale initiatieven op te zetten, buurtwerkplaatsen en -keukens te ondersteunen en professionals op te leiden over voedseluitdagingen. Een gezamenlijke en gecoördineerde aanpak is onmisbaar om van voeding een middel te maken om sociale banden, volksgezondheid en inclusie te bevorderen.',
          ],
        },
      ],
      resources: [
        { label: 'Hulpbronnen van het Platform Palliatieve Zorg Brussel' },
        {
          label: 'De Focus-publicaties',
          description: 'Alle verschenen edities van Focus, online beschikbaar.',
        },
      ],
    },
  ],
  focusEditions: [
    {
      title: 'Financiële toegankelijkheid van gezondheidszorg buiten de verplichte verzekering',
      slug: 'focus-8',
      summary:
        'De achtste Focus gaat over de financiële toegankelijkheid van gezondheidszorg buiten de verplichte verzekering. Hij wordt momenteel afgerond.',
    },
  ],
  siteSettings: {
    siteName: 'Zorgzone Zuid',
    tagline: 'Veranderateliers voor welzijns- en gezondheidsprofessionals',
    legalForm: 'vzw',
    footerLines: ['Een initiatief van de vzw BRUSANO', 'Met de steun van de GGC'],
  },
  homePage: {
    title: 'Veranderateliers van Zorgzone Zuid',
    intro: [
      'Op de veranderateliers van Zorgzone Zuid bespreken een 30-tal professionals uit de welzijns- en gezondheidssector thema’s zoals sociaal isolement, voedselonzekerheid, vaccinatie, palliatieve zorg en de verbinding tussen ziekenhuis en thuiszorg.',
      'Hier lees je de verslagen van de ateliers, de Focus-publicaties en wie het team is.',
    ],
    blocks: [
      {
        kind: 'callToAction',
        text: 'Wie organiseert de veranderateliers, en hoe verloopt zo’n dag?',
        link: { label: 'Over Zorgzone Zuid', to: { page: 'about' } },
      },
    ],
  },
  // The menu the site had before editors could change it.
  navigation: {
    header: [
      { label: 'Veranderateliers', to: { list: 'workshops' } },
      { label: 'Thema’s', to: { list: 'themes' } },
      { label: 'Focus', to: { list: 'focusEditions' } },
      { label: 'Team', to: { list: 'team' } },
      { label: 'Zoeken', to: { list: 'search' } },
    ],
    footerColumns: [
      {
        heading: 'Zorgzone Zuid',
        links: [
          { label: 'Over ons', to: { page: 'about' } },
          { label: 'Contact', to: { page: 'contact' } },
          {
            label: 'Focus-publicaties van BRUSANO',
            to: { url: 'https://www.brusano.brussels/nl/publicaties/focus/' },
          },
        ],
      },
    ],
  },
  pages,
};
