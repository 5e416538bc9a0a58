/**
 * What mail needs to know about organizers: the address of the one asking for a test message
 * ("send a test to myself"). Defined here and bound in the composition root
 * (src/app/mail-bindings.module.ts) to the auth module, which sends its own mail through this
 * module and so cannot be imported by it.
 */
export abstract class OrganizerDirectory {
  /** The organizer's sign-in address, or null when there is no such organizer. */
  abstract email(organizerId: string): Promise<string | null>;
}
