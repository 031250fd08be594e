import type { ReviewInputKind } from '../../../domain/review/reviewInputs';
import type { MacroDefinition } from './macroDefinition';
import { pendingMacro } from './pendingMacro';

/** One macro per 9.3.2 input. */
export const reviewInputMacros: { [K in ReviewInputKind]: MacroDefinition<K> } = {
  previousActions: pendingMacro('previousActions'),
  issuesChanges: pendingMacro('issuesChanges'),
  interestedPartiesNeeds: pendingMacro('interestedPartiesNeeds'),
  performance: pendingMacro('performance'),
  interestedPartyFeedback: pendingMacro('interestedPartyFeedback'),
  riskTreatment: pendingMacro('riskTreatment'),
  improvementOpportunities: pendingMacro('improvementOpportunities'),
};
