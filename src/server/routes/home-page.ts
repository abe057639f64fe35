import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { type CouncilYear, councilYears } from '../../app/index.ts';
import { findCouncil } from '../../councils/index.ts';
import { councilsWithData, type Database } from '../../store/index.ts';
import { escapeHtml, page } from '../html.ts';

function yearTable(name: string, years: CouncilYear[]): string {
  const rows = years
    .map(
      (y) => `<tr><th scope="row">${escapeHtml(y.label)}${y.kind === 'in-year' ? ' (in-year extract)' : ''}</th>
<td class="num">${y.lookedAfterDuringYear.toLocaleString('en-GB')}</td>
<td class="num">${y.lookedAfterAtCensus.toLocaleString('en-GB')}</td>
<td>${escapeHtml(y.importedAt.slice(0, 10))} by ${escapeHtml(y.importedBy)}</td></tr>`,
    )
    .join('\n');
  return `<table>
<caption>${escapeHtml(name)}: imported collection years</caption>
<thead><tr><th scope="col">Collection year</th><th scope="col" class="num">Looked after during the year</th><th scope="col" class="num">Looked after at 31 March</th><th scope="col">Imported</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The first page: every council with data and its imported years. */
export function homePage(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/', async (_request, reply) => {
    const codes = await councilsWithData(db);
    const sections: string[] = [];
    for (const code of codes) {
      const name = findCouncil(code)?.name ?? code;
      sections.push(yearTable(`${name} (${code})`, await councilYears(db, code)));
    }
    const body = `<h1>Children looked after</h1>
<p class="lede">Imported SSDA903 returns and the children in each. Children only on a series of short breaks (legal status V3/V4) are not counted, as in DfE statistics.</p>
${sections.length > 0 ? sections.join('\n') : '<p>No returns imported yet. Use <code>sufficiency import</code>.</p>'}
<p class="note">All data shown in the demo is synthetic.</p>`;
    reply.type('text/html; charset=utf-8').send(page('Children looked after', body));
  });
}
