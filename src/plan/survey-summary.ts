import { secondarySuppression } from '../indicators/disclosure/index.ts';
import { normaliseAnswer, scaleOf } from './survey-scale.ts';

/** Groups with fewer respondents to a question than this are not shown for it. */
export const MIN_GROUP_RESPONDENTS = 5;

/** One stored response (the respondent id only as a hash). */
export interface SurveyResponse {
  id: number;
  row: number;
  question: string;
  response: string;
  group: string;
  respondentHash: string | null;
  themes: string[];
  approvedQuote: boolean;
}

export interface OptionCount {
  option: string;
  /** null when the group is suppressed. */
  count: number | null;
  /** Of the group's respondents to the question, one decimal place. */
  percent: number | null;
}

export interface GroupCounts {
  group: string;
  respondents: number | null;
  /** True when hidden: fewer than 5 respondents, or hidden so that the total does not reveal another group. */
  suppressed: boolean;
  counts: OptionCount[];
}

export interface ScaledQuestion {
  kind: 'scale';
  question: string;
  /** The scale's options in order, as the file spelled them. */
  options: string[];
  groups: GroupCounts[];
  all: GroupCounts;
}

export interface TextQuestion {
  kind: 'text';
  question: string;
  responses: number;
  /** Responses with at least one theme. */
  tagged: number;
  themes: { theme: string; count: number }[];
  /** Responses approved for publication; the group is named only when it has 5 or more respondents. */
  quotes: { id: number; text: string; group: string | null }[];
}

export interface SurveySummary {
  /** Distinct respondents when every row has a respondent id, else null. */
  respondents: number | null;
  responses: number;
  groups: string[];
  questions: (ScaledQuestion | TextQuestion)[];
}

/**
 * A survey's summary: per scaled question, counts and percentages per answer per respondent group and for
 * all (groups under 5 respondents suppressed, with secondary suppression so the "all" column cannot reveal
 * them); per free-text question, theme counts and the approved quotes. Questions keep the file's order.
 *
 * ### Example
 * ```ts
 * summariseSurvey(responses).questions[0] // { kind: 'scale', question: 'I feel safe', options: ['Strongly agree', …], … }
 * ```
 */
export function summariseSurvey(responses: readonly SurveyResponse[]): SurveySummary {
  const sorted = [...responses].sort((a, b) => a.row - b.row);
  const byQuestion = new Map<string, SurveyResponse[]>();
  for (const r of sorted) byQuestion.set(r.question, [...(byQuestion.get(r.question) ?? []), r]);
  const groups = [...new Set(sorted.map((r) => r.group))].sort();
  const hashes = sorted.map((r) => r.respondentHash);
  return {
    respondents: hashes.every((h) => h !== null) ? new Set(hashes).size : null,
    responses: sorted.length,
    groups,
    questions: [...byQuestion].map(([question, answers]) => {
      const scale = scaleOf(answers.map((a) => a.response));
      return scale ? scaledQuestion(question, scale, answers, groups) : textQuestion(question, answers);
    }),
  };
}

function scaledQuestion(
  question: string,
  scale: string[],
  answers: SurveyResponse[],
  allGroups: string[],
): ScaledQuestion {
  const spelled = new Map<string, string>();
  for (const a of answers)
    if (!spelled.has(normaliseAnswer(a.response)))
      spelled.set(normaliseAnswer(a.response), a.response.trim());
  const options = scale.map((s) => spelled.get(s) ?? s.charAt(0).toUpperCase() + s.slice(1));
  const present = allGroups.filter((g) => answers.some((a) => a.group === g));
  const tallies = present.map((g) =>
    tally(
      scale,
      answers.filter((a) => a.group === g),
    ),
  );
  const total = tally(scale, answers);
  // Group sizes and the total form one identity (total = Σ groups): suppress so no hidden size can be solved.
  const sizes = [...tallies.map((t) => t.n), total.n];
  const primary = new Set(sizes.flatMap((n, i) => (n >= 1 && n < MIN_GROUP_RESPONDENTS ? [i] : [])));
  const hidden = secondarySuppression(
    { values: sizes, equations: [{ total: tallies.length, members: tallies.map((_, i) => i) }] },
    primary,
    sizes.map((_, i) => (i === tallies.length ? 1 : 0)),
  );
  const presentGroup = (group: string, t: Tally, i: number): GroupCounts => {
    const suppressed = hidden.has(i);
    return {
      group,
      respondents: suppressed ? null : t.n,
      suppressed,
      counts: options.map((option, k) => {
        const count = t.counts[k] ?? 0;
        return {
          option,
          count: suppressed ? null : count,
          percent: suppressed || t.n === 0 ? null : Math.round((1000 * count) / t.n) / 10,
        };
      }),
    };
  };
  return {
    kind: 'scale',
    question,
    options,
    groups: tallies.map((t, i) => presentGroup(present[i] ?? '', t, i)),
    all: presentGroup('All respondents', total, tallies.length),
  };
}

interface Tally {
  n: number;
  counts: number[];
}

function tally(scale: string[], answers: SurveyResponse[]): Tally {
  const counts = scale.map(() => 0);
  for (const a of answers) {
    const k = scale.indexOf(normaliseAnswer(a.response));
    if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
  }
  return { n: answers.length, counts };
}

function textQuestion(question: string, answers: SurveyResponse[]): TextQuestion {
  const themes = new Map<string, number>();
  for (const a of answers) for (const t of new Set(a.themes)) themes.set(t, (themes.get(t) ?? 0) + 1);
  const groupSize = new Map<string, number>();
  for (const a of answers) groupSize.set(a.group, (groupSize.get(a.group) ?? 0) + 1);
  return {
    kind: 'text',
    question,
    responses: answers.length,
    tagged: answers.filter((a) => a.themes.length > 0).length,
    themes: [...themes]
      .map(([theme, count]) => ({ theme, count }))
      .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme)),
    quotes: answers
      .filter((a) => a.approvedQuote)
      .map((a) => ({
        id: a.id,
        text: a.response,
        group: (groupSize.get(a.group) ?? 0) >= MIN_GROUP_RESPONDENTS ? a.group : null,
      })),
  };
}
