/**
 * Notifications without personal content: a partner organisation hears of a new and of an
 * overdue referral, a case manager of an answered one, the privacy officer of a break-glass
 * grant. An outbox collects them from the modules' tables (so nothing is lost when the mail
 * server is away); they go out by e-mail (Spring Mail's settings), at once or as a daily digest,
 * and without a mail server they wait on the administrator's outbox page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"referral", "household", "access", "audit", "shared"})
package nl.voordeur.notification;
