import type { Contributor, PersonRef } from '@stadtgespraech/api-client';

/** Speakers and moderators of an event, each in the API's order and each person once. */
export function splitContributors(contributors: readonly Contributor[]): {
  speakers: Contributor[];
  moderators: Contributor[];
} {
  const unique = (role: Contributor['role']) => {
    const seen = new Set<string>();
    return contributors.filter((c) => {
      if (c.role !== role || seen.has(c.person.slug)) return false;
      seen.add(c.person.slug);
      return true;
    });
  };
  return { speakers: unique('speaker'), moderators: unique('moderator') };
}

/**
 * The line under a person's name as the seeds print it: their function ("Bürgermeister der Stadt
 * Telgte"), which usually names the organisation already; the organisation only without one.
 */
export function personAffiliation(person: PersonRef): string {
  return person.function?.trim() || person.organisation?.name.trim() || '';
}

/**
 * What follows a contributor's name in an agenda item: ", Leiter des Referats … im BMI:
 * „Auf dem Weg zum Innenstadtaktionsprogramm“", or '' when there is nothing to add.
 */
export function contributorDetails(contributor: Contributor): string {
  const affiliation = personAffiliation(contributor.person);
  const title = contributor.contributionTitle?.trim();
  return `${affiliation ? `, ${affiliation}` : ''}${title ? `: „${title}“` : ''}`;
}
