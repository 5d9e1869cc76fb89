import type { LocalizedSeed } from '../types';

/**
 * Dutch pages. Facts about the zone come only from the reports of the 8th and 9th workshops;
 * the legal pages name no address, e-mail or phone of their own but point to the contact page,
 * whose contact card shows what editors fill into the site settings.
 */
export const pages: LocalizedSeed['pages'] = {
  about: {
    title: 'Over ons',
    slug: 'over-ons',
    summary:
      'Zorgzone Zuid is een initiatief van de vzw BRUSANO, met de steun van de GGC. Op de veranderateliers komen professionals uit de welzijns- en gezondheidssector samen.',
    blocks: [
      {
        kind: 'richText',
        body: [
          '## Wat is Zorgzone Zuid',
          'Zorgzone Zuid is een initiatief van de vzw BRUSANO, met de steun van de GGC (Gemeenschappelijke Gemeenschapscommissie).',
          'Op de veranderateliers (VA) van Zorgzone Zuid bespreken professionals uit de welzijns- en gezondheidssector samen de uitdagingen uit hun praktijk. Aan het 8e veranderatelier namen een 30-tal professionals deel.',
          '## De veranderateliers',
          'Een veranderatelier is de gelegenheid om feedback te geven, bijvoorbeeld over de tweede Zorgzone Actieraad (ZAR), en de focus te leggen op lopende acties. Er zijn ook presentaties: de resultaten van een review van de wetenschappelijke literatuur over sociaal isolement gelinkt aan welzijn-gezondheid, de opdrachten en activiteiten van het Brussels platform voor palliatieve zorg, of een presentatie over voedselonzekerheid door de wetenschappelijke ondersteuning.',
          'In rondetafelgesprekken gaan de deelnemers dieper in op een thema. Op het 8e en het 9e veranderatelier kwamen deze thema’s aan bod:',
          [
            '• Vaccinatie',
            '• Sociaal isolement',
            '• Levenseinde en palliatieve zorg',
            '• Verbinding ambulante zorg – ziekenhuis',
            '• Voedselonzekerheid',
          ].join('\n'),
          'Hoe zo’n dag verloopt, lees je bij de [werking van de veranderateliers](/nl/over-ons/werking/). Alle thema’s vind je op de pagina [Thema’s](/nl/themas/).',
          '## Lopende acties',
          'Op de veranderateliers komen ook de lopende acties in de zorgzone aan bod, zoals:',
          [
            '• de Ontmoetingen rond gezondheidspreventie en de vaccinatiecampagne',
            '• de opendeurdagen Melting Papot’',
            '• de Thematische overlegmomenten (TO) in de zorgzone',
            '• de Praktijkgemeenschap 2025-2026',
            '• de ‘Intersection-ochtend’ met als thema sociaal isolement',
            '• de verbinding ambulante zorg-ziekenhuis in onze verschillende fora',
          ].join('\n'),
          '## Focus en hulplijnen',
          'Op het 9e veranderatelier stelde het regionale team de Focus en de hulplijnen voor: tools om praktijken te optimaliseren. Er zijn nu zeven edities van Focus beschikbaar en een achtste – over de financiële toegankelijkheid van gezondheidszorg buiten de verplichte verzekering – wordt momenteel afgerond.',
          'Elke Focus wordt jaarlijks behandeld in een webinar dat uit twee delen bestaat: presentatie van het thema en de inhoud; vragen/discussie met specialisten. De publicaties zijn [online beschikbaar](https://www.brusano.brussels/nl/publicaties/focus/).',
          '## Het team',
          'Het team Zorgzone Zuid bestaat uit: Alice, Aurélie, Christopher, Ersilia, Sasha, Sophie en Valentin. Je maakt kennis met hen op de pagina [Team](/nl/team/).',
        ],
      },
      {
        kind: 'questions',
        heading: 'Vaak gestelde vragen',
        items: [
          {
            question: 'Wie neemt deel aan de veranderateliers?',
            answer: [
              'Professionals uit de welzijns- en gezondheidssector. Aan het 8e veranderatelier, op 3 juni 2025, namen een 30-tal professionals deel.',
            ],
          },
          {
            question: 'Wat is Focus?',
            answer: [
              'Focus is een reeks publicaties die het regionale team samen met de hulplijnen voorstelde als tools om praktijken te optimaliseren. Er zijn nu zeven edities beschikbaar; een achtste, over de financiële toegankelijkheid van gezondheidszorg buiten de verplichte verzekering, wordt momenteel afgerond.',
              'Elke Focus wordt jaarlijks behandeld in een webinar in twee delen: presentatie van het thema en de inhoud; vragen/discussie met specialisten.',
            ],
          },
          {
            question: 'Wie steunt Zorgzone Zuid?',
            answer: [
              'Zorgzone Zuid is een initiatief van de vzw BRUSANO, met de steun van de GGC (Gemeenschappelijke Gemeenschapscommissie).',
            ],
          },
          {
            question: 'Waar vind ik de verslagen en de presentaties?',
            answer: [
              'Op deze website: bij elk [veranderatelier](/nl/veranderateliers/) staan het verslag, met de items uit de rondetafelgesprekken, en de presentatie van die dag.',
            ],
          },
        ],
      },
      {
        kind: 'latestItems',
        heading: 'Recente verslagen',
        items: 'workshopReports',
        count: 3,
      },
      {
        kind: 'callToAction',
        text: 'Een vraag over de veranderateliers, de verslagen of de Focus-publicaties?',
        link: { label: 'Neem contact op', to: { page: 'contact' } },
      },
    ],
  },
  workings: {
    title: 'Werking van de veranderateliers',
    slug: 'werking',
    summary:
      'Hoe een veranderatelier verloopt, met het programma van het 8e veranderatelier als voorbeeld: rondetafelgesprekken, een verslag achteraf en de datum van het volgende atelier.',
    blocks: [
      {
        kind: 'richText',
        body: [
          '## Het programma van de dag',
          'Het 8e veranderatelier, op 3 juni 2025, verliep zo:',
          ['• Actieraad: 12–13 u', '• Netwerklunch: 13–14 u', '• Veranderatelier: 14–16 u'].join(
            '\n'
          ),
          '## Feedback, lopende acties en presentaties',
          'Een veranderatelier is de gelegenheid om feedback te geven, zoals over de tweede Zorgzone Actieraad (ZAR), en de focus te leggen op lopende acties, zoals de Ontmoetingen rond gezondheidspreventie, de opendeurdagen Melting Papot’, de Thematische overlegmomenten (TO) en de Praktijkgemeenschap 2025-2026.',
          'Daarnaast zijn er presentaties, bijvoorbeeld over de resultaten van een review van de wetenschappelijke literatuur over sociaal isolement, over de opdrachten en activiteiten van het Brussels platform voor palliatieve zorg, over de Focus en hulplijnen door het regionale team, of over voedselonzekerheid door de wetenschappelijke ondersteuning.',
          '## Rondetafelgesprekken',
          'In rondetafelgesprekken wisselen de deelnemers ervaringen uit over een thema: wat ze in hun praktijk tegenkomen, welke projecten en hulpbronnen al bestaan en wat er nodig is. Op het 8e veranderatelier ging het over de vaccinatiecampagne, sociaal isolement en het levenseinde en palliatieve zorg; op het 9e over de verbinding ambulante zorg – ziekenhuis, Focus en hulplijnen, en voedselonzekerheid.',
          '## Het verslag',
          'Na het atelier volgt een verslag met de items uit de rondetafelgesprekken, de presentatie van de dag en de gedeelde hulpbronnen, zoals die van het [Platform Palliatieve Zorg Brussel](https://www.brusano.brussels/nl/dienst/platform-palliatieve-zorg-brussel/#tools): brochures, themakaarten, luisterlijnen, opleidingen…',
          'Het verslag van het 8e veranderatelier gaf ook al de datum van het volgende mee: save the date 16 oktober 2025.',
        ],
      },
      {
        kind: 'latestItems',
        heading: 'Volgende veranderateliers',
        items: 'upcomingWorkshops',
        count: 3,
      },
      {
        kind: 'callToAction',
        text: 'Alle veranderateliers en hun verslagen op een rij.',
        link: { label: 'Naar de veranderateliers', to: { list: 'workshops' } },
      },
    ],
  },
  contact: {
    title: 'Contact',
    slug: 'contact',
    summary:
      'Een vraag over de veranderateliers, de verslagen of de Focus-publicaties? Neem contact op met het team Zorgzone Zuid.',
    blocks: [
      {
        kind: 'richText',
        body: [
          'Heb je een vraag over de veranderateliers, de verslagen of de Focus-publicaties? Neem dan contact op met het team Zorgzone Zuid via de contactgegevens hieronder.',
        ],
      },
      {
        kind: 'contactCard',
        heading: 'Contactgegevens',
      },
      {
        kind: 'richText',
        body: [
          'Hoe we met je bericht en je contactgegevens omgaan, lees je in de [privacyverklaring](/nl/privacyverklaring/).',
        ],
      },
    ],
  },
  privacy: {
    title: 'Privacyverklaring',
    slug: 'privacyverklaring',
    summary:
      'Welke persoonsgegevens deze website en het team Zorgzone Zuid verwerken, waarom, en welke rechten je hebt. De website zet geen cookies en volgt je niet.',
    blocks: [
      {
        kind: 'richText',
        body: [
          'In deze verklaring lees je hoe we omgaan met persoonsgegevens wanneer je deze website bezoekt of contact met ons opneemt, zoals de Algemene Verordening Gegevensbescherming (AVG, Verordening (EU) 2016/679) voorschrijft.',
          '## Wie is verantwoordelijk',
          'Zorgzone Zuid is een initiatief van de vzw BRUSANO. De vzw BRUSANO is verantwoordelijk voor de verwerking van je persoonsgegevens (de ‘verwerkingsverantwoordelijke’ in de zin van de AVG). Je bereikt ons via de contactgegevens op de [contactpagina](/nl/contact/).',
          '## Wat deze website verzamelt',
          'Deze website zet geen cookies en gebruikt geen statistiek- of trackingdiensten. Ze laadt niets van derden: geen lettertypes, scripts, kaarten of video’s van andere websites. Er zijn geen formulieren en geen accounts.',
          'De zoekfunctie zoekt in een index op deze website zelf; je zoekopdracht gaat niet naar een zoekdienst van derden.',
          'Volg je een link naar een andere website, bijvoorbeeld die van BRUSANO, dan geldt daar de privacyverklaring van die website.',
          '## Technische logbestanden',
          'De server die de pagina’s aflevert, kan voor de beveiliging kort technische logbestanden bijhouden: je IP-adres, het tijdstip en de opgevraagde pagina. Die gegevens dienen alleen om de website te laten werken en te beveiligen. De rechtsgrond is ons gerechtvaardigd belang bij een werkende en veilige website (artikel 6, lid 1, f) AVG). We gebruiken ze niet om je te volgen of een profiel van je op te bouwen.',
          '## Als je ons schrijft of belt',
          [
            '• Welke gegevens: je bericht en de contactgegevens die je ons geeft, zoals je naam, je e-mailadres of je telefoonnummer.',
            '• Waarvoor: om je te antwoorden en je vraag op te volgen.',
            '• Rechtsgrond: ons gerechtvaardigd belang om vragen te beantwoorden (artikel 6, lid 1, f) AVG) of je toestemming (artikel 6, lid 1, a) AVG).',
            '• Hoe lang: niet langer dan nodig om je vraag te beantwoorden en op te volgen.',
            '• Wie ze krijgt: we verkopen je gegevens niet en geven ze niet door aan derden voor hun eigen doeleinden.',
          ].join('\n'),
          'Je bent niet verplicht ons je gegevens te geven, maar zonder contactgegevens kunnen we je niet antwoorden. Vermeld in je bericht liever geen gegevens over je gezondheid of die van anderen als dat voor je vraag niet nodig is.',
          'We nemen geen beslissingen die uitsluitend op geautomatiseerde verwerking berusten en maken geen profielen.',
          '## Namen en foto’s van het team',
          'De voornamen en eventuele foto’s van de teamleden staan op deze website met hun akkoord.',
          '## Je rechten',
          'Je hebt het recht om:',
          [
            '• je gegevens in te zien (artikel 15 AVG);',
            '• onjuiste gegevens te laten verbeteren (artikel 16 AVG);',
            '• je gegevens te laten wissen (artikel 17 AVG);',
            '• de verwerking te laten beperken (artikel 18 AVG);',
            '• je gegevens te ontvangen in een gangbaar formaat en ze over te dragen (artikel 20 AVG);',
            '• bezwaar te maken tegen de verwerking (artikel 21 AVG);',
            '• je toestemming op elk moment in te trekken, als de verwerking op je toestemming berust (artikel 7, lid 3 AVG).',
          ].join('\n'),
          'Om een van deze rechten uit te oefenen, neem je contact met ons op via de [contactpagina](/nl/contact/). Als we twijfelen aan je identiteit, kunnen we je vragen die te bevestigen.',
          '## Een klacht indienen',
          'Ben je het niet eens met de manier waarop we met je gegevens omgaan, laat het ons dan eerst weten. Je hebt ook het recht een klacht in te dienen bij de Gegevensbeschermingsautoriteit (artikel 77 AVG):',
          [
            '• Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel',
            '• [www.gegevensbeschermingsautoriteit.be](https://www.gegevensbeschermingsautoriteit.be)',
          ].join('\n'),
          '## Wijzigingen',
          'We passen deze verklaring aan wanneer de website of onze manier van werken verandert. De versie op deze pagina is de geldende.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    slug: 'toegankelijkheidsverklaring',
    summary:
      'In hoeverre deze website toegankelijk is, welke inhoud dat nog niet is en hoe je een probleem meldt.',
    blocks: [
      {
        kind: 'richText',
        body: [
          'De vzw BRUSANO wil deze website voor iedereen toegankelijk maken. Deze toegankelijkheidsverklaring geldt voor deze website en volgt de modelverklaring van Uitvoeringsbesluit (EU) 2018/1523 bij Richtlijn (EU) 2016/2102.',
          '## Nalevingsstatus',
          'Deze website is gedeeltelijk conform met de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA, en met de Europese norm EN 301 549, wegens de hieronder vermelde niet-toegankelijke inhoud.',
          '## Niet-toegankelijke inhoud',
          'De volgende inhoud is niet of niet volledig toegankelijk:',
          [
            '• Pdf-documenten, zoals de presentaties van de veranderateliers en de Focus-publicaties, zijn door anderen of eerder gemaakt en zijn mogelijk niet volledig toegankelijk.',
            '• Inhoud op andere websites waarnaar deze website linkt, zoals [brusano.brussels](https://www.brusano.brussels/), valt buiten deze verklaring.',
            '• De zoekfunctie heeft JavaScript nodig. Zonder JavaScript vind je de inhoud via de lijsten van de [veranderateliers](/nl/veranderateliers/) en de [thema’s](/nl/themas/).',
          ].join('\n'),
          'Heb je een document in een toegankelijke vorm nodig, vraag het ons dan via de contactgegevens hieronder.',
          '## Opstelling van deze verklaring',
          'Deze verklaring is opgesteld op basis van een zelfbeoordeling: geautomatiseerde tests met axe-core in Chromium op elk paginasjabloon, in beide talen, en controles van de bediening met het toetsenbord en van de weergave op een scherm van 320 pixels breed. De datum van de laatste herziening staat op deze pagina.',
          '## Feedback en contactgegevens',
          'Stuit je op een probleem met de toegankelijkheid van deze website, of wil je inhoud in een toegankelijke vorm ontvangen? Laat het ons weten via de contactgegevens hieronder of op de [contactpagina](/nl/contact/). We proberen zo snel mogelijk te antwoorden.',
          '## Handhavingsprocedure',
          'Ben je niet tevreden met ons antwoord, laat het ons dan weten via de [contactpagina](/nl/contact/). We vertellen je dan bij welke instantie je met je klacht terechtkunt.',
        ],
      },
      {
        kind: 'contactCard',
        heading: 'Een probleem melden',
        note: 'Meld een probleem met de toegankelijkheid of vraag inhoud in een toegankelijke vorm.',
      },
    ],
  },
};
