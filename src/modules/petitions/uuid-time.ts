/**
 * The smallest UUIDv7 of a given millisecond. Signature ids are UUIDv7, so "signed since T" is an
 * id range on the (petition_id, id) index, with no created_at index to maintain on the hot insert.
 */
export function uuidv7Floor(date: Date): string {
  const hex = Math.max(0, Math.floor(date.getTime())).toString(16).padStart(12, '0').slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}
