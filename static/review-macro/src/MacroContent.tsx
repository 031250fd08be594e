import Heading, { HeadingContextProvider } from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { FiguresPeriod, MacroView } from '../../../src/contract/review';
import { macroSurfaces } from './macroModules';
import { CaAgeing } from './views/CaAgeing';
import { CoverageHeatMap } from './views/CoverageHeatMap';
import { FindingRegister } from './views/FindingRegister';
import { KpiTiles } from './views/KpiTiles';
import { ProgrammeSchedule } from './views/ProgrammeSchedule';
import { ReviewInput } from './views/ReviewInput';
import { TrendChart } from './views/TrendChart';

const periodSource: Record<FiguresPeriod['source'], string> = {
  config: 'as configured',
  cycle: "the programme's current cycle",
  review: "the management review's period",
};

export function periodLine(period: FiguresPeriod): string {
  return `${period.from} to ${period.to} (${periodSource[period.source]})`;
}

/** A ready macro: its title, the period its figures cover, and its figures. */
export function MacroContent({ view, computedAt }: { view: MacroView; computedAt: string }) {
  const title = view.macro in macroSurfaces ? macroSurfaces[view.macro].title : view.macro;
  return (
    <Stack space="space.150">
      <Stack space="space.025">
        {/* The macro's title is its frame's level-1 heading; the figures' own headings come under it. */}
        <Heading size="small">{'title' in view ? view.title : title}</Heading>
        <Text size="small" color="color.text.subtlest" testId="macro-period">
          {'period' in view ? `Period ${periodLine(view.period)} · ` : ''}
          {'cycle' in view ? `Cycle ${view.cycle.start} to ${view.cycle.end} · ` : ''}
          computed {computedAt.slice(0, 16).replace('T', ' ')} UTC
        </Text>
      </Stack>
      <HeadingContextProvider>
        <ViewOf view={view} />
      </HeadingContextProvider>
    </Stack>
  );
}

function ViewOf({ view }: { view: MacroView }) {
  switch (view.macro) {
    case 'kpiTiles':
      return <KpiTiles view={view} />;
    case 'findingRegister':
      return <FindingRegister view={view} />;
    case 'coverageHeatMap':
      return <CoverageHeatMap view={view} />;
    case 'caAgeing':
      return <CaAgeing view={view} />;
    case 'programmeSchedule':
      return <ProgrammeSchedule view={view} />;
    case 'trendChart':
      return <TrendChart view={view} />;
    default:
      return <ReviewInput view={view} />;
  }
}
