import { token } from '@atlaskit/tokens';

/**
 * Chart colours, only from Atlaskit design tokens so the same chart reads in the light and the dark
 * theme. Grades keep one colour in every chart (a major NC is always the "danger" hue).
 */
export const gradeColours = {
  majorNC: token('color.chart.danger.bold'),
  minorNC: token('color.chart.warning.bold'),
  observation: token('color.chart.information.bold'),
  opportunity: token('color.chart.discovery.bold'),
  other: token('color.chart.gray.bold'),
} as const;

export const gradeLabels = {
  majorNC: 'Major NC',
  minorNC: 'Minor NC',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
  other: 'Other',
} as const;

export const lineColour = token('color.chart.brand');
export const axisColour = token('color.border');
export const labelColour = token('color.text.subtle');

/** Colours for columns with no meaning of their own (areas, clause groups), taken in turn. */
export const categoricalColours = [
  token('color.chart.categorical.1'),
  token('color.chart.categorical.2'),
  token('color.chart.categorical.3'),
  token('color.chart.categorical.4'),
  token('color.chart.categorical.5'),
  token('color.chart.categorical.6'),
  token('color.chart.categorical.7'),
  token('color.chart.categorical.8'),
];
export const outcomeColours = {
  good: token('color.chart.success.bold'),
  bad: token('color.chart.danger.bold'),
} as const;
