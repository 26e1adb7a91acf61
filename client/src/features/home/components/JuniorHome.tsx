import { Role } from '@fulcrum/shared';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { IconArrowRight, IconSitemap } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { JuniorHomeDocument } from '../api/gql/graphql';
import { DelegatedToMe, NextCheckInCard } from './DelegatedToMe';
import { CardHeading, HomeSkeleton, HomeTitle } from './HomeParts';
import { StartMyPlanCard, canStartOwnPlan } from './StartMyPlanCard';

/**
 * Home for someone with no plan and no reports (usually a junior): what was handed to them,
 * and when they next check in. One query.
 */
export function JuniorHome({ viewer }: { viewer: SignedInViewer }) {
  const { data, loading, error, refetch } = useQuery(JuniorHomeDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const offerPlan = canStartOwnPlan(viewer);

  return (
    <Stack gap="lg" maw={960} data-testid="junior-home">
      <HomeTitle name={viewer.person.name}>What was handed to you, and when you next check in on it.</HomeTitle>
      {offerPlan && <StartMyPlanCard viewer={viewer} />}
      {!data && loading && <HomeSkeleton label="Loading what was delegated to you" />}
      {!data && error && <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />}
      {data && (
        <>
          {error && (
            <ProblemAlert
              error={error}
              onRetry={() => void refetch()}
              retrying={loading}
              message="This page could not be refreshed; it may be out of date. Try again."
            />
          )}
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
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <CardHeading icon={<IconSitemap size={20} />} title={admin ? 'Set up your organization' : 'Your organization'}>
          {admin
            ? 'Add the people of your team, set who reports to whom, and invite them. Once people report to you, this page lists each of them with where they stand.'
            : `See who reports to whom in ${viewer.organization.name}, and who already has an account.`}
        </CardHeading>
        <Group>
          <Button component={Link} to={paths.people.to()} variant="light" rightSection={<IconArrowRight size={16} />}>
            Go to People
          </Button>
        </Group>
        {!admin && viewer.person.manager === null && (
          <Text size="xs" c="dimmed">
            You have no manager in Fulcrum yet: an admin sets it in People.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
