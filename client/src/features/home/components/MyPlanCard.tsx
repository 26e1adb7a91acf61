import { ReadinessBadge } from '@/components/ReadinessBadge';
import { paths } from '@/config/paths';
import { plural } from '../utils/format';
import { type ManagerHomeModel } from '../utils/reportRows';
import { GoButton, HomeCard, MY_PLAN, NextOneOnOne, VisibilityNote } from './HomeParts';

/** A manager can be growing too: their own plan, briefly. */
export function MyPlanCard({
  plan,
  managerName,
}: {
  plan: NonNullable<ManagerHomeModel['myPlan']>;
  managerName: string;
}) {
  const next = plan.nextOneOnOne;
  const open = next?.actionItems.filter((a) => !a.done).length ?? 0;
  return (
    <HomeCard kind={MY_PLAN} right={<ReadinessBadge stage={plan.readiness.stage} />}>
      <NextOneOnOne next={next} label="Next 1:1" none="No 1:1 scheduled yet.">
        {open > 0 ? ` · ${plural(open, 'open action item')}` : ''}
      </NextOneOnOne>
      <GoButton to={paths.plan.to(plan.id)} light>
        Open my plan
      </GoButton>
      <VisibilityNote>Visible to: you, {managerName}, and managers above them.</VisibilityNote>
    </HomeCard>
  );
}
