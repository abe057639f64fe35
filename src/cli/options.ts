import { type Council, findCouncil } from '../councils/index.ts';
import { type EpochDay, parseUkDate } from '../dates/index.ts';
import { CliError } from './cli-error.ts';

/** `--council`: an ONS code (E06000016) or the DfE three-digit number (856). */
export function councilOption(value: string): Council {
  const council = findCouncil(value);
  if (!council) {
    throw new CliError(
      `--council: unknown council "${value}" (expected an English council's ONS code such as E06000016, or its DfE number such as 856)`,
    );
  }
  return council;
}

/** `--year`: the year the collection ends (2025 = 2024/25). */
export function collectionYearOption(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
    throw new CliError(
      `--year: invalid collection year "${value}" (expected the year the collection ends, e.g. 2025 for 2024/25)`,
    );
  }
  return year;
}

export function ukDateOption(name: string, value: string): EpochDay {
  const d = parseUkDate(value);
  if (d === null) throw new CliError(`${name}: invalid date "${value}" (expected dd/mm/yyyy)`);
  return d;
}

export function positiveIntOption(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${name}: "${value}" is not a whole number above 0`);
  return n;
}
