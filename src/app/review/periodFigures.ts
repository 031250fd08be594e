import type { ParsedInput } from '../../contract/resolvers';
import type { PeriodFiguresView } from '../../contract/review';
import { Failure } from '../../domain/failure';
import type { AppServices, Caller } from '../services';

const notYet = (what: string) => new Failure('unavailable', `${what} is not available yet`);

export async function listPeriodFigures(_services: AppServices): Promise<{ figures: PeriodFiguresView[] }> {
  return { figures: [] };
}

export async function savePeriodFigures(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'savePeriodFigures'>,
): Promise<PeriodFiguresView> {
  throw notYet('Recording period figures');
}

export async function countIncidentsInJira(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'countIncidentsInJira'>,
): Promise<PeriodFiguresView> {
  throw notYet('Counting incidents in Jira');
}
