import { Initial1795257510466 } from './1795257510466-Initial.js';
import { RegistrationsMailNewsletterContact1795259146545 } from './1795259146545-RegistrationsMailNewsletterContact.js';
import { StaffAccounts1795268246365 } from './1795268246365-StaffAccounts.js';
import { AuditLog1795271262195 } from './1795271262195-AuditLog.js';
import { EventVersion1795273281371 } from './1795273281371-EventVersion.js';
import { RegistrationSource1795275227286 } from './1795275227286-RegistrationSource.js';
import { GermanCollation1795290000000 } from './1795290000000-GermanCollation.js';
import { Mailings1795300000000 } from './1795300000000-Mailings.js';
import { StaffManagement1795310000000 } from './1795310000000-StaffManagement.js';
import { Retention1795320000000 } from './1795320000000-Retention.js';
import { PrivacyLookup1795330000000 } from './1795330000000-PrivacyLookup.js';
import { ReferenceVersions1795340000000 } from './1795340000000-ReferenceVersions.js';
import { MediaLibrary1795350000000 } from './1795350000000-MediaLibrary.js';
import { NewsVersions1795360000000 } from './1795360000000-NewsVersions.js';
import { NewsletterIssues1795370000000 } from './1795370000000-NewsletterIssues.js';
import { RegistrationConsents1795380000000 } from './1795380000000-RegistrationConsents.js';
import { PublicContentChanges1795390000000 } from './1795390000000-PublicContentChanges.js';
import { ScaleIndexes1795400000000 } from './1795400000000-ScaleIndexes.js';
import { RegistrationSearchTrigrams1795410000000 } from './1795410000000-RegistrationSearchTrigrams.js';
import { RegistrationCountDeltas1795420000000 } from './1795420000000-RegistrationCountDeltas.js';
import { SeatCountsByStatus1795430000000 } from './1795430000000-SeatCountsByStatus.js';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  Initial1795257510466,
  RegistrationsMailNewsletterContact1795259146545,
  StaffAccounts1795268246365,
  AuditLog1795271262195,
  EventVersion1795273281371,
  RegistrationSource1795275227286,
  GermanCollation1795290000000,
  Mailings1795300000000,
  StaffManagement1795310000000,
  Retention1795320000000,
  PrivacyLookup1795330000000,
  ReferenceVersions1795340000000,
  MediaLibrary1795350000000,
  NewsVersions1795360000000,
  NewsletterIssues1795370000000,
  RegistrationConsents1795380000000,
  PublicContentChanges1795390000000,
  ScaleIndexes1795400000000,
  RegistrationSearchTrigrams1795410000000,
  RegistrationCountDeltas1795420000000,
  SeatCountsByStatus1795430000000,
];
