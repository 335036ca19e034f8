/**
 * Whether the 18th birthday (yyyy-mm-dd) falls within the coming 12 months from today (yyyy-mm-dd): then Jeugdwet
 * care is about to move to Wmo or adult care, and the parents' say ends.
 */
export function turns18Soon(turns18On: string | null | undefined, today: string): boolean {
  if (!turns18On || !/^\d{4}-\d{2}-\d{2}$/.test(turns18On) || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return false;
  const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return turns18On >= today && turns18On <= inAYear;
}
