import type { DisclosureOptions } from '../indicators/disclosure/index.ts';
import { type ActionChanges, type ActionSnapshot, actionChanges } from './action-changes.ts';
import type { EditionFigure } from './edition-figure.ts';
import { type FigureChange, figureChanges } from './figure-changes.ts';

/** What an edition holds that can be compared with another: its published figures and the action plan. */
export interface EditionContent {
  figures: readonly EditionFigure[];
  actions: readonly ActionSnapshot[];
}

export interface EditionChanges {
  figures: FigureChange[];
  actions: ActionChanges;
}

/** What changed since the last published edition: figures (disclosure-controlled) and actions. */
export function editionChanges(
  previous: EditionContent,
  current: EditionContent,
  options?: DisclosureOptions,
): EditionChanges {
  return {
    figures: figureChanges(previous.figures, current.figures, options),
    actions: actionChanges(previous.actions, current.actions),
  };
}
