/** One allowed value of a code column: what is written in the file, and what it means. */
export interface CodeOption {
  code: string;
  label: string;
}

/** How a cell is read and written. Every kind of cell is text in the file; blank is null. */
export type CellSpec =
  | { type: 'id' }
  | { type: 'text'; maxLength: number }
  | { type: 'integer'; min: number; max: number }
  | { type: 'number'; min: number; max: number; unit: 'pounds' | 'share' | 'number' }
  | { type: 'date' }
  | { type: 'boolean' }
  | { type: 'code'; codes: readonly CodeOption[] }
  | { type: 'postcode-district' }
  | { type: 'urn' };

export type CellType = CellSpec['type'];

/**
 * One column of a local-data template: the single source of truth for the parser, the writer, the blank
 * template and the schema page. `field` is the record property the column fills.
 */
export type TemplateColumn<R> = CellSpec & {
  /** The CSV header as a council writes it, snake_case. */
  name: string;
  field: keyof R & string;
  required: boolean;
  /** One line for the schema page. */
  description: string;
  /** The cell as it appears in the example row (blank allowed for optional columns). */
  example: string;
};

/** Words for a column's type, as the schema page and findings say them. */
export function describeCell(spec: CellSpec): string {
  switch (spec.type) {
    case 'id':
      return 'an identifier (letters, digits, - _ / .), up to 50 characters';
    case 'text':
      return `text, up to ${spec.maxLength} characters`;
    case 'integer':
      return `a whole number from ${spec.min} to ${spec.max}`;
    case 'number':
      if (spec.unit === 'share') return 'a share from 0 to 1, e.g. 0.5 (or 50%)';
      if (spec.unit === 'pounds') return `an amount in pounds from ${spec.min} to ${spec.max}, e.g. 1250.50`;
      return `a number from ${spec.min} to ${spec.max}`;
    case 'date':
      return 'a date as dd/mm/yyyy';
    case 'boolean':
      return 'yes or no';
    case 'code':
      return `one of ${spec.codes.map((c) => c.code).join(', ')}`;
    case 'postcode-district':
      return 'a postcode district such as LE4 (never a full postcode)';
    case 'urn':
      return 'an Ofsted URN such as SC123456 or 2654321';
  }
}
