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
