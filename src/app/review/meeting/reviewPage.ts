import { invalidInput } from '../../../domain/failure';
import { programmeIdFor } from '../../../domain/programme/auditProgramme';
import { cycleContaining } from '../../../domain/programme/cycle';
import { todayIn } from '../../../domain/calendar/timeZone';
import type { ReviewPeriod } from '../../../domain/review/reviewPeriod';
import type { ConfluencePage, ConfluenceSpace } from '../../../ports/confluence';
import { requireMayAddPages } from '../../pages/appPage';
import { currentProgrammeSettings } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';
import { reviewTemplate } from './reviewTemplate';

/** The review page's title: the review's own and its period, so two reviews never share a page. */
export const reviewPageTitle = (title: string, period: ReviewPeriod) =>
  `${title} — management review ${period.from} to ${period.to}`.slice(0, 255);

export interface ReviewSpace {
  space: ConfluenceSpace;
  /** The first day of the audit cycle the review period ends in. */
  cycleStart: string;
}

/**
 * The ISMS space the review page goes in: the one chosen for the programme of the cycle the review
 * period ends in (as audit plans are published to their programme's space), else the space of the
 * cycle it starts in, else today's programme's. Refused, naming the field, when none is chosen or
 * the app cannot see it; `forbidden` when the publisher may not add pages there themselves.
 */
export async function reviewSpace(
  services: AppServices,
  period: ReviewPeriod,
  publisherId: string,
): Promise<ReviewSpace> {
  const settings = await currentProgrammeSettings(services);
  const today = todayIn(settings.timeZone, services.clock.now());
  const cycleStart = cycleContaining(settings, period.to).start;
  const candidates = [
    ...new Set([cycleStart, cycleContaining(settings, period.from).start, cycleContaining(settings, today).start]),
  ];
  let spaceKey: string | null = null;
  for (const start of candidates) {
    spaceKey = (await services.store.get('auditProgramme', programmeIdFor(start)))?.record.ismsSpaceKey ?? null;
    if (spaceKey) break;
  }
  if (!spaceKey) {
    throw invalidInput('to', 'Choose the ISMS space of the audit programme first: the review page is written there');
  }
  const space = await services.confluence.asApp().spaceByKey(spaceKey);
  if (!space) {
    throw invalidInput(
      'to',
      `The programme's ISMS space ${spaceKey} does not exist or the app cannot see it: choose another space or grant the app access`,
    );
  }
  await requireMayAddPages(services, publisherId, space);
  return { space, cycleStart };
}

/**
 * The review's page from the template: a page with its title already in the space is the one the
 * app wrote before it could record it (a crash, a lost answer) and is adopted, never doubled.
 */
export async function writeReviewPage(
  services: AppServices,
  target: { reviewId: string; title: string; period: ReviewPeriod } & ReviewSpace,
): Promise<ConfluencePage> {
  const pages = services.confluence.asApp();
  const title = reviewPageTitle(target.title, target.period);
  const adopted = await pages.findPageByTitle(target.space.id, title);
  if (adopted) return adopted;
  const adf = reviewTemplate(services.appIdentity(), {
    reviewId: target.reviewId,
    title: target.title,
    period: target.period,
    cycleStart: target.cycleStart,
  });
  return pages.createPage({ spaceId: target.space.id, title, storage: '', adf });
}
