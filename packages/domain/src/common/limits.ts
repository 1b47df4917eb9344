/** Upper bounds on every stored string and list; shared by DTOs, database columns and forms. */
export const Limits = {
  slug: 120,
  title: 200,
  subtitle: 300,
  summary: 1_000,
  description: 20_000,
  shortText: 200,
  name: 100,
  email: 254,
  phone: 40,
  url: 2_000,
  questionCount: 20,
  listItems: 50,
  agendaItems: 60,
  searchQuery: 200,
  pageSize: 100,
  postalCode: 10,
  mediaType: 100,
  /** Key of a custom registration question. */
  questionKey: 40,
  /** Answer to a long-text question. */
  longText: 5_000,
  /** The text of a mailing staff write to registrants. */
  mailText: 10_000,
  /** Seats of one event. */
  capacity: 100_000,
} as const;
