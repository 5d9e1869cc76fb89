import type { LocalizedSeed } from '../types';

/**
 * French pages: the same pages and blocks as the Dutch ones. Facts about the zone come only from
 * the reports of the 8th and 9th workshops; the legal pages name no address, e-mail or phone of
 * their own but point to the contact page, whose contact card shows the site settings.
 */
export const pages: LocalizedSeed['pages'] = {
  about: {
    title: 'À propos',
    slug: 'a-propos',
    summary:
      'Le Bassin Sud est une initiative de l’asbl BRUSANO, avec le soutien de la COCOM. Ses ateliers du changement réunissent des professionnels du social-santé.',
    blocks: [
      {
        kind: 'richText',
        body: [
          '## Qu’est-ce que le Bassin Sud',
          'Le Bassin Sud est une initiative de l’asbl BRUSANO, avec le soutien de la COCOM (Commission communautaire commune).',
          'Lors des ateliers du changement (ADC) du Bassin Sud, des professionnels du social-santé échangent sur les défis qu’ils rencontrent dans leur pratique. Une trentaine de professionnels ont participé au 8e atelier du changement.',
          '## Les ateliers du changement',
          'Un atelier du changement est l’occasion de faire un retour, par exemple sur le deuxième Conseil de l’action du bassin, et de mettre en lumière des actions en cours. Des présentations y sont aussi proposées : les résultats d’une revue de la littérature scientifique sur l’isolement social en lien avec le social-santé, les missions et activités de la Plateforme de soins palliatifs bruxelloise, ou encore une présentation sur l’insécurité alimentaire par l’appui scientifique.',
          'Lors des tables rondes, les participants approfondissent un thème. Les 8e et 9e ateliers du changement ont abordé les thèmes suivants :',
          [
            '• Vaccination',
            '• Isolement social',
            '• Fin de vie et soins palliatifs',
            '• Lien ambulatoire – hôpital',
            '• Insécurité alimentaire',
          ].join('\n'),
          'Le déroulement d’une journée est décrit à la page [Fonctionnement des ateliers du changement](/fr/a-propos/fonctionnement/). Tous les thèmes se trouvent à la page [Thèmes](/fr/themes/).',
          '## Actions en cours',
          'Les ateliers du changement abordent aussi les actions en cours dans le bassin, telles que :',
          [
            '• les Rencontres autour de la prévention en santé et la campagne de vaccination',
            '• les journées portes ouvertes Melting Papot’',
            '• les concertations thématiques dans le bassin',
            '• la Communauté de pratique 2025-2026',
            '• la « matinée Intersection » consacrée à l’isolement social',
            '• le lien ambulatoire – hôpital dans nos différentes instances',
          ].join('\n'),
          '## Focus et Lignes d’aide',
          'Lors du 9e atelier du changement, l’équipe régionale a présenté les Focus et les Lignes d’aide : des outils pour optimiser les pratiques. Sept éditions de Focus sont désormais disponibles et une huitième – sur l’accessibilité financière des soins de santé en dehors de l’assurance obligatoire – est en cours de finalisation.',
          'Chaque Focus fait l’objet, chaque année, d’un webinaire en deux parties : présentation du thème et du contenu ; questions/discussion avec des spécialistes. Les publications sont [disponibles en ligne (page en néerlandais)](https://www.brusano.brussels/nl/publicaties/focus/).',
          '## L’équipe',
          'L’équipe du Bassin Sud se compose d’Alice, Aurélie, Christopher, Ersilia, Sasha, Sophie et Valentin. Vous pouvez faire leur connaissance à la page [Équipe](/fr/equipe/).',
        ],
      },
      {
        kind: 'questions',
        heading: 'Questions fréquentes',
        items: [
          {
            question: 'Qui participe aux ateliers du changement ?',
            answer: [
              'Des professionnels du social-santé. Une trentaine d’entre eux ont participé au 8e atelier du changement, le 3 juin 2025.',
            ],
          },
          {
            question: 'Qu’est-ce que Focus ?',
            answer: [
              'Focus est une série de publications que l’équipe régionale a présentées, avec les Lignes d’aide, comme des outils pour optimiser les pratiques. Sept éditions sont désormais disponibles ; une huitième, sur l’accessibilité financière des soins de santé en dehors de l’assurance obligatoire, est en cours de finalisation.',
              'Chaque Focus fait l’objet, chaque année, d’un webinaire en deux parties : présentation du thème et du contenu ; questions/discussion avec des spécialistes.',
            ],
          },
          {
            question: 'Qui soutient le Bassin Sud ?',
            answer: [
              'Le Bassin Sud est une initiative de l’asbl BRUSANO, avec le soutien de la COCOM (Commission communautaire commune).',
            ],
          },
          {
            question: 'Où trouver les comptes rendus et les présentations ?',
            answer: [
              'Sur ce site : chaque [atelier du changement](/fr/ateliers-du-changement/) est accompagné de son compte rendu, avec les points issus des tables rondes, et de la présentation du jour.',
            ],
          },
        ],
      },
      {
        kind: 'latestItems',
        heading: 'Comptes rendus récents',
        items: 'workshopReports',
        count: 3,
      },
      {
        kind: 'callToAction',
        text: 'Une question sur les ateliers du changement, les comptes rendus ou les publications Focus ?',
        link: { label: 'Nous contacter', to: { page: 'contact' } },
      },
    ],
  },
  workings: {
    title: 'Fonctionnement des ateliers du changement',
    slug: 'fonctionnement',
    summary:
      'Le déroulement d’un atelier du changement, avec le programme du 8e atelier comme exemple : tables rondes, compte rendu et date du prochain atelier.',
    blocks: [
      {
        kind: 'richText',
        body: [
          '## Le programme de la journée',
          'Le 8e atelier du changement, le 3 juin 2025, s’est déroulé comme suit :',
          [
            '• Conseil de l’action : de 12 h à 13 h',
            '• Lunch réseau : de 13 h à 14 h',
            '• Atelier du changement : de 14 h à 16 h',
          ].join('\n'),
          '## Retours, actions en cours et présentations',
          'Un atelier du changement est l’occasion de faire un retour, par exemple sur le deuxième Conseil de l’action du bassin, et de mettre en lumière des actions en cours, comme les Rencontres autour de la prévention en santé, les journées portes ouvertes Melting Papot’, les concertations thématiques et la Communauté de pratique 2025-2026.',
          'Des présentations sont aussi au programme, par exemple sur les résultats d’une revue de la littérature scientifique sur l’isolement social, sur les missions et activités de la Plateforme de soins palliatifs bruxelloise, sur les Focus et les Lignes d’aide par l’équipe régionale, ou sur l’insécurité alimentaire par l’appui scientifique.',
          '## Tables rondes',
          'Lors des tables rondes, les participants partagent leurs expériences autour d’un thème : ce qu’ils rencontrent dans leur pratique, les projets et ressources qui existent déjà et ce dont ils ont besoin. Le 8e atelier du changement a porté sur la campagne de vaccination, l’isolement social ainsi que la fin de vie et les soins palliatifs ; le 9e sur le lien ambulatoire – hôpital, les Focus et les Lignes d’aide, et l’insécurité alimentaire.',
          '## Le compte rendu',
          'Après l’atelier paraît un compte rendu qui reprend les points issus des tables rondes, la présentation du jour et les ressources partagées, comme celles de la [Plateforme de soins palliatifs bruxelloise (page en néerlandais)](https://www.brusano.brussels/nl/dienst/platform-palliatieve-zorg-brussel/#tools) : brochures, fiches thématiques, lignes d’écoute, formations…',
          'Le compte rendu du 8e atelier du changement annonçait déjà la date du suivant : réservez la date du 16 octobre 2025.',
        ],
      },
      {
        kind: 'latestItems',
        heading: 'Prochains ateliers du changement',
        items: 'upcomingWorkshops',
        count: 3,
      },
      {
        kind: 'callToAction',
        text: 'Tous les ateliers du changement et leurs comptes rendus.',
        link: { label: 'Voir les ateliers du changement', to: { list: 'workshops' } },
      },
    ],
  },
  contact: {
    title: 'Contact',
    slug: 'contact',
    summary:
      'Une question sur les ateliers du changement, les comptes rendus ou les publications Focus ? Contactez l’équipe du Bassin Sud.',
    blocks: [
      {
        kind: 'richText',
        body: [
          'Vous avez une question sur les ateliers du changement, les comptes rendus ou les publications Focus ? Contactez l’équipe du Bassin Sud grâce aux coordonnées ci-dessous.',
        ],
      },
      {
        kind: 'contactCard',
        heading: 'Coordonnées',
      },
      {
        kind: 'richText',
        body: [
          'La manière dont nous traitons votre message et vos coordonnées est décrite dans la [déclaration de confidentialité](/fr/declaration-de-confidentialite/).',
        ],
      },
    ],
  },
  privacy: {
    title: 'Déclaration de confidentialité',
    slug: 'declaration-de-confidentialite',
    summary:
      'Les données personnelles que ce site et l’équipe du Bassin Sud traitent, pourquoi, et quels sont vos droits. Le site ne dépose aucun cookie et ne vous suit pas.',
    blocks: [
      {
        kind: 'richText',
        body: [
          'Cette déclaration explique comment nous traitons les données personnelles lorsque vous consultez ce site ou que vous nous contactez, comme le prévoit le règlement général sur la protection des données (RGPD, règlement (UE) 2016/679).',
          '## Qui est responsable',
          'Le Bassin Sud est une initiative de l’asbl BRUSANO. L’asbl BRUSANO est responsable du traitement de vos données personnelles (le « responsable du traitement » au sens du RGPD). Vous pouvez nous joindre grâce aux coordonnées figurant sur la [page de contact](/fr/contact/).',
          '## Ce que ce site collecte',
          'Ce site ne dépose aucun cookie et n’utilise aucun service de statistiques ni de suivi. Il ne charge rien depuis des tiers : ni polices de caractères, ni scripts, ni cartes, ni vidéos provenant d’autres sites. Il ne comporte aucun formulaire et aucun compte d’utilisateur.',
          'La fonction de recherche cherche dans un index hébergé sur ce site même ; votre recherche n’est pas transmise à un service de recherche tiers.',
          'Si vous suivez un lien vers un autre site, par exemple celui de BRUSANO, c’est la déclaration de confidentialité de ce site qui s’applique.',
          '## Journaux techniques',
          'Le serveur qui fournit les pages peut conserver, pour une courte durée et pour des raisons de sécurité, des journaux techniques : votre adresse IP, l’heure et la page demandée. Ces données servent uniquement à faire fonctionner le site et à le sécuriser. La base juridique est notre intérêt légitime à disposer d’un site qui fonctionne et qui est sûr (article 6, paragraphe 1, point f), du RGPD). Nous ne les utilisons pas pour vous suivre ni pour établir votre profil.',
          '## Si vous nous écrivez ou nous appelez',
          [
            '• Quelles données : votre message et les coordonnées que vous nous communiquez, comme votre nom, votre adresse e-mail ou votre numéro de téléphone.',
            '• Dans quel but : vous répondre et assurer le suivi de votre question.',
            '• Base juridique : notre intérêt légitime à répondre aux questions (article 6, paragraphe 1, point f), du RGPD) ou votre consentement (article 6, paragraphe 1, point a), du RGPD).',
            '• Durée de conservation : pas plus longtemps que nécessaire pour répondre à votre question et en assurer le suivi.',
            '• Destinataires : nous ne vendons pas vos données et ne les transmettons pas à des tiers pour leurs propres finalités.',
          ].join('\n'),
          'Vous n’êtes pas obligé de nous communiquer vos données, mais sans coordonnées nous ne pouvons pas vous répondre. Si ce n’est pas nécessaire pour votre question, évitez de mentionner dans votre message des données relatives à votre santé ou à celle d’autres personnes.',
          'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé et n’établissons pas de profils.',
          '## Noms et photos de l’équipe',
          'Les prénoms et les éventuelles photos des membres de l’équipe sont publiés sur ce site avec leur accord.',
          '## Vos droits',
          'Vous avez le droit :',
          [
            '• d’accéder à vos données (article 15 du RGPD) ;',
            '• de faire rectifier des données inexactes (article 16 du RGPD) ;',
            '• de faire effacer vos données (article 17 du RGPD) ;',
            '• de faire limiter le traitement (article 18 du RGPD) ;',
            '• de recevoir vos données dans un format courant et de les transmettre à un autre responsable (article 20 du RGPD) ;',
            '• de vous opposer au traitement (article 21 du RGPD) ;',
            '• de retirer à tout moment votre consentement, lorsque le traitement repose sur celui-ci (article 7, paragraphe 3, du RGPD).',
          ].join('\n'),
          'Pour exercer l’un de ces droits, contactez-nous via la [page de contact](/fr/contact/). En cas de doute sur votre identité, nous pouvons vous demander de la confirmer.',
          '## Introduire une plainte',
          'Si vous n’êtes pas d’accord avec la manière dont nous traitons vos données, dites-le-nous d’abord. Vous avez aussi le droit d’introduire une plainte auprès de l’Autorité de protection des données (article 77 du RGPD) :',
          [
            '• Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles',
            '• [www.autoriteprotectiondonnees.be](https://www.autoriteprotectiondonnees.be)',
          ].join('\n'),
          '## Modifications',
          'Nous adaptons cette déclaration lorsque le site ou notre manière de travailler change. La version publiée sur cette page est celle qui s’applique.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
    slug: 'declaration-d-accessibilite',
    summary:
      'Dans quelle mesure ce site est accessible, quels contenus ne le sont pas encore et comment signaler un problème.',
    blocks: [
      {
        kind: 'richText',
        body: [
          'L’asbl BRUSANO veut rendre ce site accessible à tous. La présente déclaration d’accessibilité s’applique à ce site et suit le modèle de déclaration de la décision d’exécution (UE) 2018/1523 relative à la directive (UE) 2016/2102.',
          '## État de conformité',
          'Ce site est partiellement conforme aux Règles pour l’accessibilité des contenus Web (WCAG) 2.1, niveau AA, et à la norme européenne EN 301 549, en raison des contenus non accessibles énumérés ci-dessous.',
          '## Contenus non accessibles',
          'Les contenus suivants ne sont pas ou pas entièrement accessibles :',
          [
            '• Les documents PDF, comme les présentations des ateliers du changement et les publications Focus, ont été réalisés par d’autres ou antérieurement et peuvent ne pas être entièrement accessibles.',
            '• Les contenus d’autres sites vers lesquels ce site renvoie, comme [brusano.brussels](https://www.brusano.brussels/), ne relèvent pas de la présente déclaration.',
            '• La fonction de recherche nécessite JavaScript. Sans JavaScript, vous trouverez les contenus grâce aux listes des [ateliers du changement](/fr/ateliers-du-changement/) et des [thèmes](/fr/themes/).',
          ].join('\n'),
          'Si vous avez besoin d’un document sous une forme accessible, demandez-le-nous grâce aux coordonnées ci-dessous.',
          '## Établissement de cette déclaration',
          'Cette déclaration a été établie sur la base d’une auto-évaluation : des tests automatisés avec axe-core dans Chromium sur chaque modèle de page, dans les deux langues, ainsi que des vérifications de la navigation au clavier et de l’affichage sur un écran de 320 pixels de large. La date du dernier réexamen figure sur cette page.',
          '## Retour d’information et coordonnées',
          'Vous rencontrez un problème d’accessibilité sur ce site, ou vous souhaitez recevoir un contenu sous une forme accessible ? Faites-le-nous savoir grâce aux coordonnées ci-dessous ou sur la [page de contact](/fr/contact/). Nous nous efforçons de répondre le plus rapidement possible.',
          '## Procédure de mise en œuvre',
          'Si notre réponse ne vous satisfait pas, faites-le-nous savoir via la [page de contact](/fr/contact/). Nous vous indiquerons alors à quelle instance adresser votre plainte.',
        ],
      },
      {
        kind: 'contactCard',
        heading: 'Signaler un problème',
        note: 'Signalez un problème d’accessibilité ou demandez un contenu sous une forme accessible.',
      },
    ],
  },
};
