import type { StaffOrganisation } from '@stadtgespraech/api-client';
import type { ImageRef } from '@stadtgespraech/domain/common';
import type { Bundesland, OrganisationType } from '@stadtgespraech/domain/organisations';
import { rowKey } from '../../lib/rows';

export interface ContactRow {
  key: string;
  /** Null for a contact person added in this form. */
  id: string | null;
  name: string;
  function: string;
  email: string;
  phone: string;
}

/** An organisation as the form edits it: every text as a string, '' for "none". */
export interface OrganisationForm {
  name: string;
  shortName: string;
  slug: string;
  type: OrganisationType;
  website: string;
  email: string;
  phone: string;
  addressAddition: string;
  street: string;
  postalCode: string;
  city: string;
  description: string;
  bundesland: Bundesland | '';
  /** A number once typed into the number field (Vue's v-model casts it), '' when empty. */
  population: number | '';
  ags: string;
  logo: ImageRef | null;
  contacts: ContactRow[];
}

export const emptyOrganisationForm = (): OrganisationForm => ({
  name: '',
  shortName: '',
  slug: '',
  type: 'municipality',
  website: '',
  email: '',
  phone: '',
  addressAddition: '',
  street: '',
  postalCode: '',
  city: '',
  description: '',
  bundesland: '',
  population: '',
  ags: '',
  logo: null,
  contacts: [],
});

export function organisationFormFrom(organisation: StaffOrganisation): OrganisationForm {
  const { address, municipality } = organisation;
  return {
    name: organisation.name,
    shortName: organisation.shortName ?? '',
    slug: organisation.slug,
    type: organisation.type,
    website: organisation.website ?? '',
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    addressAddition: address?.addition ?? '',
    street: address?.street ?? '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
    description: organisation.description ?? '',
    bundesland: municipality?.bundesland ?? '',
    population: municipality?.population ?? '',
    ags: municipality?.ags ?? '',
    logo: organisation.logo,
    contacts: organisation.contacts.map((contact) => ({
      key: rowKey(),
      id: contact.id,
      name: contact.name,
      function: contact.function ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

const text = (value: string) => value.trim() || null;

/**
 * The body of a create or change. An address needs street, postal code and city: with none of
 * them it is sent as null; a partial one goes to the API, whose field errors say what is missing.
 */
export function organisationInputFrom(form: OrganisationForm) {
  const address = [form.addressAddition, form.street, form.postalCode, form.city].some((v) =>
    v.trim(),
  )
    ? {
        addition: text(form.addressAddition),
        street: form.street.trim(),
        postalCode: form.postalCode.trim(),
        city: form.city.trim(),
      }
    : null;
  const population = form.population === '' ? null : form.population;
  const municipality =
    form.bundesland || population !== null || form.ags.trim()
      ? { bundesland: form.bundesland || null, population, ags: text(form.ags) }
      : null;
  return {
    name: form.name.trim(),
    shortName: text(form.shortName),
    type: form.type,
    website: text(form.website),
    email: text(form.email),
    phone: text(form.phone),
    address,
    description: text(form.description),
    municipality,
    logo: form.logo,
    contacts: form.contacts.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      name: row.name.trim(),
      function: text(row.function),
      email: text(row.email),
      phone: text(row.phone),
    })),
  };
}
