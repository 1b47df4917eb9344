import type { ImageRef, PostalAddress, Uuid } from '../common/types.js';

/** Kinds of organisations that host, co-host or take part in events. */
export const OrganisationType = {
  FederalAuthority: 'federal_authority',
  ResearchInstitute: 'research_institute',
  Association: 'association',
  Academy: 'academy',
  Municipality: 'municipality',
  County: 'county',
  Foundation: 'foundation',
  Initiative: 'initiative',
  Company: 'company',
  Other: 'other',
} as const;
export type OrganisationType = (typeof OrganisationType)[keyof typeof OrganisationType];

/** The 16 German federal states, by their ISO 3166-2 code. */
export const Bundesland = {
  BW: 'DE-BW',
  BY: 'DE-BY',
  BE: 'DE-BE',
  BB: 'DE-BB',
  HB: 'DE-HB',
  HH: 'DE-HH',
  HE: 'DE-HE',
  MV: 'DE-MV',
  NI: 'DE-NI',
  NW: 'DE-NW',
  RP: 'DE-RP',
  SL: 'DE-SL',
  SN: 'DE-SN',
  ST: 'DE-ST',
  SH: 'DE-SH',
  TH: 'DE-TH',
} as const;
export type Bundesland = (typeof Bundesland)[keyof typeof Bundesland];

/** German names of the federal states. */
export const BUNDESLAND_NAMES: Readonly<Record<Bundesland, string>> = {
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bayern',
  'DE-BE': 'Berlin',
  'DE-BB': 'Brandenburg',
  'DE-HB': 'Bremen',
  'DE-HH': 'Hamburg',
  'DE-HE': 'Hessen',
  'DE-MV': 'Mecklenburg-Vorpommern',
  'DE-NI': 'Niedersachsen',
  'DE-NW': 'Nordrhein-Westfalen',
  'DE-RP': 'Rheinland-Pfalz',
  'DE-SL': 'Saarland',
  'DE-SN': 'Sachsen',
  'DE-ST': 'Sachsen-Anhalt',
  'DE-SH': 'Schleswig-Holstein',
  'DE-TH': 'Thüringen',
};

/** Data a municipality or county may carry. */
export interface MunicipalityData {
  bundesland: Bundesland | null;
  population: number | null;
  /** Amtlicher Gemeindeschlüssel: 8 digits. */
  ags: string | null;
}

/** A contact person of an organisation ("Ansprechpartner"). */
export interface ContactPerson {
  id: Uuid;
  name: string;
  function: string | null;
  email: string | null;
  phone: string | null;
}

/** An organisation: organiser, co-organiser, partner or the employer of a speaker. */
export interface Organisation {
  id: Uuid;
  slug: string;
  name: string;
  shortName: string | null;
  type: OrganisationType;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: PostalAddress | null;
  logo: ImageRef | null;
  description: string | null;
  municipality: MunicipalityData | null;
  contacts: ContactPerson[];
}
