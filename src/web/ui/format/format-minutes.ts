/** "45 min", "1 hr 30 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourText = `${hours} hr`;
  return rest === 0 ? hourText : `${hourText} ${rest} min`;
}
