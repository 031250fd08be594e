import type { ManagementReviewView } from '../../../../src/contract';

/** What a part of the review's detail does once it saved the review, or found it changed meanwhile. */
export interface ReviewChanges {
  onSaved: (view: ManagementReviewView) => void;
  onReload: () => void;
}

/**
 * What each part of the review's detail the programme manager edits (the meeting, the inputs)
 * takes from it: the review, whether the reader may change it, and what to do after a save.
 */
export interface ReviewPartProps extends ReviewChanges {
  view: ManagementReviewView;
  canEdit: boolean;
}
