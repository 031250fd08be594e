import type { ParsedInput } from '../../../contract/resolvers';
import type { ManagementReviewSummary, ManagementReviewView } from '../../../contract/review';
import { Failure } from '../../../domain/failure';
import type { AppServices, Caller } from '../../services';

const notYet = (what: string) => new Failure('unavailable', `${what} is not available yet`);

export async function createManagementReview(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'createManagementReview'>,
): Promise<ManagementReviewView> {
  throw notYet('Management reviews');
}

export async function listManagementReviews(_services: AppServices): Promise<{ reviews: ManagementReviewSummary[] }> {
  return { reviews: [] };
}

export async function getManagementReview(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'getManagementReview'>,
): Promise<ManagementReviewView> {
  throw notYet('Management reviews');
}

export async function saveReviewMeeting(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'saveReviewMeeting'>,
): Promise<ManagementReviewView> {
  throw notYet('Management reviews');
}

export async function saveReviewInput(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'saveReviewInput'>,
): Promise<ManagementReviewView> {
  throw notYet('Management review inputs');
}

export async function addReviewDecision(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'addReviewDecision'>,
): Promise<ManagementReviewView> {
  throw notYet('Management review decisions');
}

export async function raiseReviewDecisions(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'raiseReviewDecisions'>,
): Promise<{ jobId: string }> {
  throw notYet('Raising review decisions');
}
