import { pages } from './pages/fr';
import type { LocalizedSeed } from './types';

/** French: a faithful, natural translation of the Dutch reports. */
export const fr: LocalizedSeed = {
  themes: {
    vaccination: {
      name: 'Vaccination',
      slug: 'vaccination',
      shortDescription:
        'Mieux informer et sensibiliser à la vaccination, en particulier les personnes éloignées des soins de santé.',
    },
    'social-isolation': {
      name: 'Isolement social',
      slug: 'isolement-social',
      shortDescription:
        'L’isolement social, en lien avec le social-santé, et les projets qui le combattent.',
    },
    'palliative-care': {
      name: 'Fin de vie et soins palliatifs',
      slug: 'fin-de-vie-et-soins-palliatifs',
      shortDescription:
        'Les défis auxquels les professionnels sont confrontés face à la fin de vie, et les ressources pour les soutenir, eux et les proches.',
    },
    'hospital-home-care': {
      name: 'Lien ambulatoire – hôpital',
      slug: 'lien-ambulatoire-hopital',
      shortDescription:
        'La continuité des soins, de l’admission à la sortie, et un bon retour à domicile.',
    },
    'food-insecurity': {
      name: 'Insécurité alimentaire',
      slug: 'insecurite-alimentaire',
      shortDescription:
        'L’accès à une alimentation abordable et adaptée en Région bruxelloise, sans stigmatisation.',
    },
  },
  workshops: [
    {
      title: 'Retour sur l’atelier du changement du 3 juin 2025',
      slug: 'atelier-du-changement-8',
      summary:
        'Le 8e atelier du changement (ADC) du Bassin Sud a fait le point sur le deuxième Conseil de l’action du bassin, mis en lumière des actions en cours, présenté une revue de la littérature sur l’isolement social et abordé la fin de vie et les soins palliatifs.',
      participants: 'Une trentaine de professionnels du social-santé',
      programme: [
        { label: 'Conseil de l’action' },
        { label: 'Lunch réseau' },
        { label: 'Atelier du changement' },
      ],
      agendaTopics: [
        { title: 'Faire un retour sur le deuxième Conseil de l’action du bassin.' },
        {
          title: 'Mettre en lumière quelques actions en cours :',
          details: [
            [
              '• Rencontres autour de la prévention en santé',
              '• Semaine portes ouvertes Melting Papot’ 2025',
              '• 3 concertations thématiques dans le bassin',
              '• Communauté de pratique 2025-2026',
            ].join('\n'),
          ],
        },
        {
          title:
            'Présenter les résultats d’une revue de la littérature scientifique sur l’isolement social en lien avec le social-santé.',
        },
        {
          title:
            'Présenter les enjeux liés à la fin de vie ainsi que les missions et activités de la Plateforme de soins palliatifs bruxelloise.',
        },
      ],
      roundTables: [
        {
          title: 'Campagne de vaccination',
          body: [
            'Les échanges ont fait ressortir l’importance de disposer de personnes de référence locales, de communiquer clairement et de mieux informer chacun, en particulier les personnes éloignées du système de soins de santé. Comme de plus en plus de personnes hésitent à se faire vacciner et que les médecins manquent de temps pour sensibiliser, il faut des outils concrets et des campagnes ciblées, en veillant tout particulièrement à un message clair et adapté.',
          ],
        },
        {
          title: 'Isolement social',
          body: [
            'Les participants ont accordé une attention particulière aux projets existants de lutte contre l’isolement : le Collectif Twogether, Aquarelle au CHU Saint-Pierre, les lieux de rencontre, la cuisine de quartier, les potagers collectifs, etc. Ils ont également relevé les difficultés à créer des liens sociaux : l’isolement des professionnels dans leur pratique, le peu de ressources vers lesquelles orienter et une grande diversité de publics aux besoins spécifiques, plus exposés au risque d’isolement (parents solos, jeunes, personnes LGBTQIA+, etc.).',
            'Points d’attention : ne pas mettre en avant uniquement le résultat final des projets, mais aussi la manière dont ils ont vu le jour et les méthodes utilisées. Par ailleurs, les participants se sont montrés quelque peu méfiants envers les projets qualifiés de « nouveaux » ou d’« innovants », surtout lorsque seul le résultat final est présenté, alors que celui-ci dépend souvent fortement du contexte et des organisations impliquées. Ils ont donc proposé de se concentrer sur des événements et des projets récurrents et durables.',
          ],
        },
        {
          title: 'Fin de vie et soins palliatifs',
          body: [
            'Les échanges ont porté sur les défis auxquels les professionnels sont confrontés face à la fin de vie. La confusion fréquente entre soins palliatifs et euthanasie ainsi que le manque de repères légaux sont pointés. Les participants ont exprimé le besoin d’une meilleure formation, de davantage d’outils, de soutien, d’un réseau vers lequel orienter et d’une posture d’écoute active. Plusieurs ressources ont été partagées (tant via la Plateforme que via d’autres canaux externes) pour soutenir les professionnels et les proches : brochures, fiches thématiques, lignes d’écoute, formations…',
          ],
        },
      ],
      resources: [
        {
          label:
            'Ressources de la Plateforme de soins palliatifs bruxelloise (page en néerlandais)',
          description:
            'Brochures, fiches thématiques, lignes d’écoute, formations… pour les professionnels et les proches.',
        },
        {
          label:
            'Page agenda du 9e atelier du changement, en néerlandais (réservez la date : 16 octobre 2025)',
        },
      ],
    },
    {
      title: 'Retour sur l’atelier du changement du 16 octobre 2025',
      slug: 'atelier-du-changement-9',
      summary:
        'Le neuvième atelier du changement (ADC) du Bassin Sud a abordé la prévention et la vaccination, l’isolement social, les journées portes ouvertes Melting Papot’, le lien ambulatoire – hôpital, les Focus et les Lignes d’aide ainsi que l’insécurité alimentaire.',
      programme: [],
      agendaTopics: [
        { title: 'Les Rencontres autour de la prévention en santé et la campagne de vaccination' },
        { title: 'La « matinée Intersection » consacrée à l’isolement social' },
        { title: 'Les journées portes ouvertes Melting Papot’' },
        { title: 'Le lien ambulatoire – hôpital dans nos différentes instances' },
        { title: 'Les Focus et les Lignes d’aide présentés par l’équipe régionale' },
        { title: 'Et une présentation sur l’insécurité alimentaire par l’appui scientifique' },
      ],
      roundTables: [
        {
          title: 'Lien ambulatoire – hôpital',
          body: [
            'Les participants ont relevé un manque d’anticipation lors de l’admission à l’hôpital et une communication insuffisante entre les différents intervenants tout au long du parcours de soins — de l’admission à la sortie. Ils soulignent la nécessité de renforcer la culture de la continuité des soins à chaque étape du parcours de soins. Ce manque de coordination a des conséquences importantes sur le suivi social, la santé mentale et la qualité des soins prodigués.',
            'L’un des maillons manquants de la chaîne reste l’assistant social, pourtant indispensable à l’accompagnement et à la réussite du retour à domicile.',
            'Malgré des obstacles récurrents, plusieurs initiatives positives ont été partagées : organiser des réunions préparatoires avant la sortie en impliquant le réseau du patient, des démarches proactives d’hôpitaux qui prennent contact avec des organisations partenaires pour renforcer la collaboration et conclure des conventions, ou encore organiser des visites en amont, pendant l’hospitalisation, pour préparer le retour à domicile et assurer une bonne transmission entre les professionnels de l’hôpital et ceux de l’extérieur. Ces exemples montrent toute l’importance de la coordination.',
          ],
        },
        {
          title: 'Focus et Lignes d’aide : des outils pour optimiser les pratiques',
          body: [
            'Les participants se sont réjouis de la clarté et de l’utilité de ces outils, qu’ils souhaitent diffuser largement au sein de leurs équipes. Sept éditions de Focus sont désormais disponibles et une huitième – sur l’accessibilité financière des soins de santé en dehors de l’assurance obligatoire – est en cours de finalisation. Chaque Focus fait l’objet, chaque année, d’un webinaire en deux parties : présentation du thème et du contenu ; questions/discussion avec des spécialistes. Les publications sont disponibles en ligne.',
            'Sujets proposés par les participants pour de nouvelles éditions de Focus : Aidants proches – Logement – Violences intrafamiliales – Assuétudes – Relations affectives et sexuelles – Publics vulnérables.',
          ],
        },
        {
          title: 'Insécurité alimentaire',
          body: [
            'En Région bruxelloise, une grande partie de la population est confrontée à l’insécurité alimentaire. Celle-ci ne se limite pas à une question de revenus : elle s’ancre aussi dans des dimensions culturelles, éducatives et sociales. Les parents solos, les jeunes, les personnes issues de l’immigration ou en situation de vulnérabilité font partie des groupes les plus touchés.',
            'Les restaurants sociaux et les épiceries sociales permettent d’accéder à une alimentation abordable tout en créant du lien social. Mais les personnes n’osent parfois pas y recourir, par peur des préjugés ou parce qu’elles ont le sentiment de ne pas y avoir droit. Les banques alimentaires, certes indispensables, sont confrontées à la saturation, à des procédures complexes et à une offre parfois peu variée ou culturellement inadaptée.',
            'Les professionnels du social-santé appellent à co-construire des solutions avec les bénéficiaires, à déstigmatiser l’aide alimentaire et à simplifier l’accès aux dispositifs. Ils soulignent l’importance de mettre en place des initiatives locales plus inclusives, de soutenir les ateliers et cuisines de quartier et de former les professionnels aux enjeux alimentaires. Une approche commune et coordonnée est indispensable pour faire de l’alimentation un levier de lien social, de santé publique et d’inclusion.',
          ],
        },
      ],
      resources: [
        {
          label:
            'Ressources de la Plateforme de soins palliatifs bruxelloise (page en néerlandais)',
        },
        {
          label: 'Les publications Focus (page en néerlandais)',
          description: 'Toutes les éditions parues de Focus, disponibles en ligne.',
        },
      ],
    },
  ],
  focusEditions: [
    {
      title: 'Accessibilité financière des soins de santé en dehors de l’assurance obligatoire',
      slug: 'focus-8',
      summary:
        'Le huitième Focus porte sur l’accessibilité financière des soins de santé en dehors de l’assurance obligatoire. Il est en cours de finalisation.',
    },
  ],
  siteSettings: {
    siteName: 'Bassin Sud',
    tagline: 'Ateliers du changement pour les professionnels du social-santé',
    legalForm: 'asbl',
    footerLines: ['Une initiative de l’asbl BRUSANO', 'Avec le soutien de la COCOM'],
  },
  homePage: {
    title: 'Ateliers du changement du Bassin Sud',
    intro: [
      'Lors des ateliers du changement du Bassin Sud, une trentaine de professionnels du social-santé échangent sur des thèmes tels que l’isolement social, l’insécurité alimentaire, la vaccination, les soins palliatifs et le lien entre l’hôpital et les soins à domicile.',
      'Vous trouverez ici les comptes rendus des ateliers, les publications Focus et la présentation de l’équipe.',
    ],
    blocks: [
      {
        kind: 'callToAction',
        text: 'Qui organise les ateliers du changement, et comment se déroule une journée ?',
        link: { label: 'À propos du Bassin Sud', to: { page: 'about' } },
      },
    ],
  },
  // The menu the site had before editors could change it.
  navigation: {
    header: [
      { label: 'Ateliers du changement', to: { list: 'workshops' } },
      { label: 'Thèmes', to: { list: 'themes' } },
      { label: 'Focus', to: { list: 'focusEditions' } },
      { label: 'Équipe', to: { list: 'team' } },
      { label: 'Rechercher', to: { list: 'search' } },
    ],
    footerColumns: [
      {
        heading: 'Bassin Sud',
        links: [
          { label: 'À propos', to: { page: 'about' } },
          { label: 'Contact', to: { page: 'contact' } },
          {
            label: 'Publications Focus de BRUSANO (page en néerlandais)',
            to: { url: 'https://www.brusano.brussels/nl/publicaties/focus/' },
          },
        ],
      },
    ],
  },
  pages,
};
