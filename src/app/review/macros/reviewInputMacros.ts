import type { ReviewInputKind } from '../../../domain/review/reviewInputs';
import { enteredInputMacro } from '../inputs/enteredInput';
import { improvementOpportunitiesMacro } from '../inputs/improvementOpportunities';
import { performanceMacro } from '../inputs/performance';
import { previousActionsMacro } from '../inputs/previousActions';
import { riskTreatmentMacro } from '../inputs/riskTreatment';
import type { MacroDefinition } from '../macroDefinition';

/**
 * One macro per 9.3.2 input (a–g). Each computes from the store alone — the settings, perhaps the
 * areas, and one `listMany` — so a review page costs no Jira, Confluence or directory call.
 */
export const reviewInputMacros: { [K in ReviewInputKind]: MacroDefinition<K> } = {
  previousActions: previousActionsMacro,
  issuesChanges: enteredInputMacro('issuesChanges'),
  interestedPartiesNeeds: enteredInputMacro('interestedPartiesNeeds'),
  performance: performanceMacro,
  interestedPartyFeedback: enteredInputMacro('interestedPartyFeedback'),
  riskTreatment: riskTreatmentMacro,
  improvementOpportunities: improvementOpportunitiesMacro,
};
