import { SaxesParser, type SaxesTag } from 'saxes';
import type { RowPlace } from './build-record.ts';
import type { TextReader } from './read-csv.ts';
import type { RowEmitter } from './row-emitter.ts';
import { TABLES, type TableName } from './tables.ts';

interface Cell {
  value: string;
  line: number;
}
type Fields = Map<string, Cell>;

/** A repeated element inside a CHILD: an EPISODE, or a group inside HEADER such as AREVIEW. */
interface Group {
  table: TableName;
  line: number;
  fields: Fields;
}

interface ChildBuffer {
  headerLine: number;
  header: Fields;
  groups: Group[];
}

interface Frame {
  name: string;
  line: number;
  text: string;
  hasChildren: boolean;
  /** Where this element's leaf children are written, when it holds fields. */
  fields: Fields | null;
  known: ReadonlySet<string> | null;
}

interface QueuedRow {
  table: TableName;
  cells: (string | undefined)[];
  place: RowPlace;
  raw: string;
}

/** Groups inside HEADER, each one row of a table. */
const HEADER_GROUPS: Record<string, TableName> = {
  AREVIEW: 'Reviews',
  AMISSING: 'Missing',
  PERMANENCE: 'PrevPerm',
  OC2: 'OC2',
  AD_PLACED: 'PlacedAdoption',
};

/** Tables whose one row per child comes from HEADER's own fields, present when any of these is filled. */
const HEADER_TABLES: readonly (readonly [TableName, readonly string[]])[] = [
  ['UASC', ['UASC', 'DUC']],
  ['OC3', ['IN_TOUCH', 'ACTIV', 'ACCOM']],
  ['AD1', ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR']],
];

const columnsOf = (table: TableName) => TABLES[table].columns.map((c) => c.column);
const HEADER_FIELDS = new Set([
  'CHILDID',
  ...columnsOf('Header'),
  ...HEADER_TABLES.flatMap(([, names]) => names),
]);
const EPISODE_FIELDS = new Set([...columnsOf('Episodes'), 'PL']);
const GROUP_FIELDS = new Map(Object.values(HEADER_GROUPS).map((t) => [t, new Set(columnsOf(t))]));

/**
 * Reads the XML form of the return (`<EXPSSDA903><CHILD><HEADER>…</HEADER><EPISODE>…</EPISODE></CHILD>…`)
 * as a stream, one CHILD at a time, into the same rows as the CSV tables: Header, UASC, OC3 and AD1 from
 * HEADER's fields; Reviews, Missing, PrevPerm, OC2 and PlacedAdoption from HEADER's groups; Episodes from
 * EPISODE (`PL` is PLACE). Row numbers are the lines where elements start. Malformed XML stops the file.
 */
export class XmlFileReader implements TextReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly stack: Frame[] = [];
  private readonly queue: QueuedRow[] = [];
  private readonly unknownNamed = new Set<string>();
  private child: ChildBuffer | null = null;
  private failed = false;

  constructor(private readonly out: RowEmitter) {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('text', (text) => {
      const top = this.stack[this.stack.length - 1];
      if (top && !top.hasChildren) top.text += text;
    });
    this.parser.on('closetag', (tag) => this.close(tag.name));
    this.parser.on('error', (err) => this.fail(err.message));
  }

  get currentLine(): number {
    return this.parser.line;
  }

  async push(text: string): Promise<void> {
    if (this.failed) return;
    this.parser.write(text);
    await this.drain();
  }

  async end(): Promise<void> {
    if (this.failed) return;
    this.parser.close();
    await this.drain();
  }

  private async drain() {
    for (const q of this.queue) {
      if (!this.out.summary.tables.includes(q.table)) this.out.sawTable(q.table);
      const pending = this.out.row(q.table, q.cells, q.place, q.raw);
      if (pending) await pending;
    }
    this.queue.length = 0;
  }

  private open(tag: SaxesTag) {
    if (this.failed) return;
    const depth = this.stack.length;
    const parent = this.stack[depth - 1];
    if (parent) {
      parent.hasChildren = true;
      parent.text = '';
    }
    const frame: Frame = {
      name: tag.name,
      line: this.parser.line,
      text: '',
      hasChildren: false,
      fields: null,
      known: null,
    };
    this.stack.push(frame);
    if (depth === 0) return this.root(tag.name);
    if (depth === 1 && tag.name === 'CHILD') {
      this.child = { headerLine: frame.line, header: new Map(), groups: [] };
    } else if (depth === 2 && parent?.name === 'CHILD' && this.child) {
      this.childPart(frame);
    } else if (depth === 3 && parent?.name === 'HEADER' && this.child && HEADER_GROUPS[tag.name]) {
      const table = HEADER_GROUPS[tag.name] as TableName;
      frame.fields = new Map();
      frame.known = GROUP_FIELDS.get(table) ?? null;
      this.child.groups.push({ table, line: frame.line, fields: frame.fields });
    } else if (!parent?.fields) this.unknown(tag.name, frame.line);
  }

  private root(name: string) {
    if (name === 'EXPSSDA903') {
      this.out.ctx.checks.sawTable('Header');
      this.out.ctx.checks.sawTable('Episodes');
      return;
    }
    this.failed = true;
    this.out.fileProblem('not-903-xml', {
      row: this.parser.line,
      problem: `the XML root element is <${name}>, so this is not a 903 return`,
      expected: '<EXPSSDA903>',
    });
  }

  private childPart(frame: Frame) {
    const child = this.child as ChildBuffer;
    if (frame.name === 'HEADER') {
      child.headerLine = frame.line;
      frame.fields = child.header;
      frame.known = HEADER_FIELDS;
    } else if (frame.name === 'EPISODE') {
      frame.fields = new Map();
      frame.known = EPISODE_FIELDS;
      child.groups.push({ table: 'Episodes', line: frame.line, fields: frame.fields });
    } else this.unknown(frame.name, frame.line);
  }

  private close(name: string) {
    if (this.failed) return;
    const frame = this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (!frame) return;
    if (!frame.hasChildren && parent?.fields) {
      parent.fields.set(name, { value: frame.text, line: frame.line });
      if (!parent.known?.has(name)) this.unknown(name, frame.line);
    }
    if (name === 'CHILD' && this.stack.length === 1 && this.child) {
      this.emitChild(this.child);
      this.child = null;
    }
  }

  private emitChild(child: ChildBuffer) {
    const header = child.header;
    this.enqueue('Header', child.headerLine, (c) => header.get(c === 'CHILD' ? 'CHILDID' : c));
    for (const [table, names] of HEADER_TABLES) {
      const present = names.map((n) => header.get(n)).filter((cell) => cell && cell.value.trim() !== '');
      if (present.length === 0) continue;
      const line = Math.min(...present.map((cell) => (cell as Cell).line));
      this.enqueue(table, line, (c) => header.get(c === 'CHILD' ? 'CHILDID' : c));
    }
    for (const group of child.groups) {
      this.enqueue(group.table, group.line, (c) => {
        if (c === 'CHILD') return header.get('CHILDID');
        if (group.table === 'Episodes' && c === 'PLACE')
          return group.fields.get('PL') ?? group.fields.get('PLACE');
        return group.fields.get(c) ?? (c === 'DOB' ? header.get('DOB') : undefined);
      });
    }
  }

  private enqueue(table: TableName, line: number, cellOf: (column: string) => Cell | undefined) {
    const columns = columnsOf(table);
    const found = columns.map(cellOf);
    const cells = found.map((cell) => cell?.value);
    const cellRows = found.map((cell) => cell?.line ?? line);
    const raw = columns.map((c, i) => `${c}=${cells[i] ?? ''}`).join(',');
    this.queue.push({ table, cells, place: { file: this.out.file, table, row: line, cellRows }, raw });
  }

  private unknown(name: string, line: number) {
    if (this.unknownNamed.has(name)) return;
    this.unknownNamed.add(name);
    this.out.fileNote('unknown-xml-element', {
      row: line,
      problem: `element <${name}> is not part of the 903 XML and was ignored (reported once per name)`,
    });
  }

  private fail(message: string) {
    if (this.failed) return;
    this.failed = true;
    const line = Number(/^(\d+):\d+: /.exec(message)?.[1] ?? this.parser.line);
    this.out.fileProblem('malformed-xml', {
      row: line,
      problem: `malformed XML: ${message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')}; the file was not read further`,
      expected: 'well-formed XML',
    });
  }
}
