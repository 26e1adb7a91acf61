import { useViewer } from '@/lib/viewer/useViewer';
import { JuniorHome } from '../components/JuniorHome';
import { ManagerHome } from '../components/ManagerHome';
import { ReportHome } from '../components/ReportHome';

/**
 * One of three homes, chosen from the viewer already in the cache (no query of its own): a
 * manager sees every report; someone with a plan sees it; anyone else (usually a junior) sees
 * what was handed to them. Each home runs exactly one query.
 */
export function HomePage() {
  const viewer = useViewer();
  if (viewer.person.reports.length > 0) return <ManagerHome viewer={viewer} />;
  if (viewer.person.activePlan) return <ReportHome viewer={viewer} />;
  return <JuniorHome viewer={viewer} />;
}
