/**
 * Throws a RangeError naming `what` when any value is NaN or infinite: such a value has no rank or
 * mean, and letting it through would give a silent NaN far from its cause.
 */
export function checkFinite(values: readonly number[], what: string): void {
  const index = values.findIndex((value) => !Number.isFinite(value));
  if (index !== -1) throw new RangeError(`${what} must be finite numbers; item ${index + 1} is ${values[index]}.`);
}
