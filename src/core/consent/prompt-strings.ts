/**
 * The consent prompt's words in the languages Ricochet ships (docs/consent.md, "The prompt"). The
 * page speaks the visitor's language (the first of `Accept-Language` that is here) unless the
 * workspace fixes one; English otherwise. `{platforms}` in `body` becomes the list of platform
 * names. Accept and Decline are equal in weight on purpose: refusing must be as easy as accepting.
 */
export interface PromptStrings {
  title: string;
  body: string;
  accept: string;
  decline: string;
  /** The link that always works (even without JS) and stores no choice. */
  continueWithout: string;
  privacyPolicy: string;
}

export const PROMPT_STRINGS = {
  en: {
    title: 'Before you continue',
    body: 'May {platforms} set cookies on this device to remember this visit and show you related ads? You reach the link either way.',
    accept: 'Accept',
    decline: 'Decline',
    continueWithout: 'Continue without deciding',
    privacyPolicy: 'Privacy policy',
  },
  de: {
    title: 'Bevor es weitergeht',
    body: 'Dürfen {platforms} auf diesem Gerät Cookies setzen, um sich an diesen Besuch zu erinnern und Ihnen passende Werbung zu zeigen? Sie gelangen in jedem Fall zum Link.',
    accept: 'Akzeptieren',
    decline: 'Ablehnen',
    continueWithout: 'Ohne Entscheidung weiter',
    privacyPolicy: 'Datenschutzerklärung',
  },
  fr: {
    title: 'Avant de continuer',
    body: 'Autorisez-vous {platforms} à déposer des cookies sur cet appareil pour mémoriser cette visite et vous montrer des publicités liées ? Vous accédez au lien dans tous les cas.',
    accept: 'Accepter',
    decline: 'Refuser',
    continueWithout: 'Continuer sans choisir',
    privacyPolicy: 'Politique de confidentialité',
  },
  es: {
    title: 'Antes de continuar',
    body: '¿Permites que {platforms} guarden cookies en este dispositivo para recordar esta visita y mostrarte anuncios relacionados? Llegarás al enlace en cualquier caso.',
    accept: 'Aceptar',
    decline: 'Rechazar',
    continueWithout: 'Continuar sin decidir',
    privacyPolicy: 'Política de privacidad',
  },
  it: {
    title: 'Prima di continuare',
    body: 'Consenti a {platforms} di salvare cookie su questo dispositivo per ricordare questa visita e mostrarti annunci pertinenti? Raggiungerai il link in ogni caso.',
    accept: 'Accetta',
    decline: 'Rifiuta',
    continueWithout: 'Continua senza scegliere',
    privacyPolicy: 'Informativa sulla privacy',
  },
  nl: {
    title: 'Voordat je verdergaat',
    body: 'Mogen {platforms} cookies op dit apparaat plaatsen om dit bezoek te onthouden en je passende advertenties te tonen? Je komt hoe dan ook bij de link.',
    accept: 'Accepteren',
    decline: 'Weigeren',
    continueWithout: 'Verder zonder te kiezen',
    privacyPolicy: 'Privacybeleid',
  },
  pt: {
    title: 'Antes de continuar',
    body: 'Permite que {platforms} guardem cookies neste dispositivo para lembrar esta visita e mostrar-lhe anúncios relacionados? Chegará ao link em qualquer caso.',
    accept: 'Aceitar',
    decline: 'Recusar',
    continueWithout: 'Continuar sem decidir',
    privacyPolicy: 'Política de privacidade',
  },
  pl: {
    title: 'Zanim przejdziesz dalej',
    body: 'Czy {platforms} mogą zapisać pliki cookie na tym urządzeniu, aby zapamiętać tę wizytę i pokazywać Ci powiązane reklamy? Link otworzy się w każdym przypadku.',
    accept: 'Akceptuję',
    decline: 'Odrzucam',
    continueWithout: 'Dalej bez wyboru',
    privacyPolicy: 'Polityka prywatności',
  },
  sv: {
    title: 'Innan du fortsätter',
    body: 'Får {platforms} spara kakor på den här enheten för att minnas besöket och visa dig relaterade annonser? Du kommer till länken i vilket fall som helst.',
    accept: 'Godkänn',
    decline: 'Avböj',
    continueWithout: 'Fortsätt utan att välja',
    privacyPolicy: 'Integritetspolicy',
  },
  da: {
    title: 'Før du fortsætter',
    body: 'Må {platforms} gemme cookies på denne enhed for at huske besøget og vise dig relevante annoncer? Du kommer til linket under alle omstændigheder.',
    accept: 'Accepter',
    decline: 'Afvis',
    continueWithout: 'Fortsæt uden at vælge',
    privacyPolicy: 'Privatlivspolitik',
  },
} as const satisfies Record<string, PromptStrings>;

export type PromptLanguage = keyof typeof PROMPT_STRINGS;
export const PROMPT_LANGUAGES = Object.keys(PROMPT_STRINGS) as PromptLanguage[];

/**
 * The prompt's language: the workspace's fixed one, else the first `Accept-Language` range whose
 * primary subtag Ricochet speaks (quality order, RFC 9110 §12.5.4), else English.
 *
 * @example promptLanguage(null, 'de-CH,de;q=0.9,en;q=0.8') // 'de'
 * @example promptLanguage('fr', 'de') // 'fr'
 */
export function promptLanguage(fixed: string | null, acceptLanguage: string | undefined): PromptLanguage {
  if (fixed && fixed in PROMPT_STRINGS) return fixed as PromptLanguage;
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranges) if (r.lang in PROMPT_STRINGS) return r.lang as PromptLanguage;
  return 'en';
}
