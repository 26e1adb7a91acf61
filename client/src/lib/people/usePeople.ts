import { useEveryPage } from '../useEveryPage';
import { OrganizationPeopleDocument } from './api/gql/graphql';

/** Everyone of the organization, every page of it, to pick someone from. */
export function usePeople() {
  const { nodes, loading, loadingMore, error, retry } = useEveryPage(OrganizationPeopleDocument, (data) => data.people);
  return { people: nodes, loading: loading || loadingMore, error, retry };
}
