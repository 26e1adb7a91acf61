import { Role } from '@fulcrum/shared';
import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { IconSitemap } from '@/components/icons';
import { paths } from '@/config/paths';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { JuniorHomeDocument } from '../api/gql/graphql';
import { DelegatedToMe, NextCheckInCard } from './DelegatedToMe';
import { GoButton, HomeCard, HomeQueryStatus, HomeTitle } from './HomeParts';
import { StartMyPlanCard, canStartOwnPlan } from './StartMyPlanCard';

/**
 * Home for someone with no plan and no reports (usually a junior): what was handed to them,
 * and when they next check in. One query.
 */
export function JuniorHome({ viewer }: { viewer: SignedInViewer }) {
  const query = useQuery(JuniorHomeDocument, { fetchPolicy: 'cache-and-network' });
  const { data } = query;
  const offerPlan = canStartOwnPlan(viewer);

  return (
    <Stack gap="lg" maw={960} data-testid="junior-home">
      <HomeTitle name={viewer.person.name}>What was handed to you, and when you next check in on it.</HomeTitle>
      {offerPlan && <StartMyPlanCard viewer={viewer} />}
      <HomeQueryStatus query={query} ready={!!data} label="Loading what was delegated to you" />
      {data && (
        <>
          {data.delegationsToMe.length > 0 && <NextCheckInCard delegations={data.delegationsToMe} />}
          <DelegatedToMe
            delegations={data.delegationsToMe}
            refetch={JuniorHomeDocument}
            emptyHint={
              offerPlan
                ? 'Nothing has been handed to you. When someone delegates work to you, it shows here and you check in on how it goes.'
                : undefined
            }
          />
        </>
      )}
      {/* Little to show yet: say where to go next. */}
      {!offerPlan && (viewer.role === Role.ADMIN || data?.delegationsToMe.length === 0) && (
        <GettingStarted viewer={viewer} />
      )}
    </Stack>
  );
}

/** Where to go next when Home has little to show: the people of the organization. */
function GettingStarted({ viewer }: { viewer: SignedInViewer }) {
  const admin = viewer.role === Role.ADMIN;
  return (
    <HomeCard
      kind={{ icon: IconSitemap, title: admin ? 'Set up your organization' : 'Your organization' }}
      description={
        admin
          ? 'Add the people of your team, set who reports to whom, and invite them. Once people report to you, this page lists each of them with where they stand.'
          : `See who reports to whom in ${viewer.organization.name}, and who already has an account.`
      }
    >
      <GoButton to={paths.people.to()} light>
        Go to People
      </GoButton>
      {!admin && viewer.person.manager === null && (
        <Text size="xs" c="dimmed">
          You have no manager in Fulcrum yet: an admin sets it in People.
        </Text>
      )}
    </HomeCard>
  );
}
