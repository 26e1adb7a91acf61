import { Select, Text, type SelectProps } from '@mantine/core';
import type { usePeople } from '@/lib/people/usePeople';
import { levelLabel } from './PersonBadges';
import { ProblemAlert } from './ProblemAlert';

type People = ReturnType<typeof usePeople>;

interface PersonSelectProps extends Omit<SelectProps, 'data' | 'placeholder' | 'searchable' | 'renderOption'> {
  /** Everyone of the organization (`usePeople()`). */
  people: People;
  /** Someone who cannot be chosen. */
  exclude?: string;
  /** Each person's title and level under their name. */
  detailed?: boolean;
}

/** Someone of the organization, searched by name. */
export function PersonSelect({ people, exclude, detailed = false, ...props }: PersonSelectProps) {
  const options = people.people.filter((p) => p.id !== exclude).map((p) => ({ value: p.id, label: p.name }));
  const renderOption: SelectProps['renderOption'] = ({ option }) => {
    const person = people.people.find((p) => p.id === option.value);
    const description = person && [person.title, levelLabel(person.level)].filter(Boolean).join(' · ');
    return (
      <div>
        <Text size="sm">{option.label}</Text>
        {description && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
      </div>
    );
  };
  return (
    <Select
      placeholder={people.loading ? 'Loading people…' : 'Search by name'}
      searchable
      data={options}
      renderOption={detailed ? renderOption : undefined}
      {...props}
    />
  );
}

/** Why the people could not be listed, with a retry; `message` says what to do meanwhile. */
export function PeopleProblem({ people, message }: { people: People; message: string }) {
  return people.error ? (
    <ProblemAlert error={people.error} onRetry={() => void people.retry()} message={message} />
  ) : null;
}
