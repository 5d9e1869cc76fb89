/** A command-line option that must be a whole number of at least 1. */
export function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`--${name} must be a positive whole number, not "${value}".`);
  }
  return number;
}
