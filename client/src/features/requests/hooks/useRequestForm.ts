import { useMutation } from '@apollo/client/react';
import { useForm, type FormValidateInput } from '@mantine/form';
import { DECISION_LABELS, HelpDecision, LIMITS, nameProblem, requiredTextProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { PLAN_QUERY, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '@/lib/planScope';
import {
  DecideHelpRequestDocument,
  HelpRequestsDocument,
  LogHelpRequestDocument,
  RequestLoadDocument,
  type DecideHelpRequestInput,
  type LogHelpRequestInput,
} from '../api/gql/graphql';
import { hoursProblem, liveRecommendation, type TriageDraft } from '../utils/triage';

/** Every triage change reloads the list, the load and the plan (its anti-patterns). */
export const RELOAD_REQUESTS = {
  refetchQueries: [HelpRequestsDocument, RequestLoadDocument, PLAN_QUERY],
  awaitRefetchQueries: true,
};

export interface RequestValues extends TriageDraft {
  requesterKind: 'person' | 'other';
  requesterId: string | null;
  requesterName: string;
  topic: string;
  decision: '' | HelpDecision;
  redirectedTo: string;
  hoursSpent: number | string;
}

const REQUEST_INPUTS = [
  'requesterId',
  'requesterName',
  'topic',
  'uniqueSkill',
  'reusableLesson',
  'owningTeamExists',
  'guidanceHorizon',
  'redirectedTo',
  'hoursSpent',
];

export const REDIRECT_PROBLEM = 'Say whom or where you redirected them to: "no" is never silence.';

const REQUEST_RULES: FormValidateInput<RequestValues> = {
  requesterId: (value, values) =>
    values.requesterKind === 'person' && !value ? 'Pick who asked, or choose "Someone else" and type a name.' : null,
  requesterName: (value, values) => (values.requesterKind === 'other' ? nameProblem(value) : null),
  topic: (value) => requiredTextProblem(value, LIMITS.descriptionMax, 'Say what the request is about.'),
  uniqueSkill: (value) => (value === '' ? 'Answer this question.' : null),
  reusableLesson: (value) => (value === '' ? 'Answer this question.' : null),
  owningTeamExists: (value) => (value === '' ? 'Answer this question.' : null),
  guidanceHorizon: (value) => (value === '' ? 'Answer this question.' : null),
  redirectedTo: (value, values) =>
    values.decision === HelpDecision.REDIRECT && !value.trim() ? REDIRECT_PROBLEM : null,
  hoursSpent: (value, values) => (values.decision ? hoursProblem(value) : null),
};

const INITIAL_VALUES: RequestValues = {
  requesterKind: 'person',
  requesterId: null,
  requesterName: '',
  topic: '',
  uniqueSkill: '',
  reusableLesson: '',
  owningTeamExists: '',
  guidanceHorizon: '',
  decision: '',
  redirectedTo: '',
  hoursSpent: 0,
};

/** The request as logHelpRequest takes it; null until the four questions are answered. */
export function logInput(values: RequestValues, planId: string): LogHelpRequestInput | null {
  const { guidanceHorizon } = values;
  if (guidanceHorizon === '') return null;
  return {
    planId,
    requesterId: values.requesterKind === 'person' ? values.requesterId : null,
    requesterName: values.requesterKind === 'other' ? values.requesterName.trim() : null,
    topic: values.topic.trim(),
    uniqueSkill: values.uniqueSkill === 'yes',
    reusableLesson: values.reusableLesson === 'yes',
    owningTeamExists: values.owningTeamExists === 'yes',
    guidanceHorizon,
  };
}

/** The decision as decideHelpRequest takes it, against the version of the request it was made on. */
export function decideInput(
  request: { id: string; version: number },
  decision: HelpDecision,
  values: Pick<RequestValues, 'redirectedTo' | 'hoursSpent'>,
): DecideHelpRequestInput {
  return {
    id: request.id,
    version: request.version,
    decision,
    redirectedTo: decision === HelpDecision.REDIRECT ? values.redirectedTo.trim() : null,
    hoursSpent: Number(values.hoursSpent),
  };
}

/**
 * Logs a request, then records the decision if one is given. Once logged, a failed decision is
 * retried alone: the request is not logged twice.
 */
export function useRequestForm(onDone: () => void) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [logged, setLogged] = useState<{ id: string; version: number } | null>(null);
  const [decisionTouched, setDecisionTouched] = useState(false);
  const [log, logging] = useMutation(LogHelpRequestDocument, RELOAD_REQUESTS);
  const [decide, deciding] = useMutation(DecideHelpRequestDocument, RELOAD_REQUESTS);
  const form = useForm<RequestValues>({ initialValues: INITIAL_VALUES, validate: REQUEST_RULES });

  const recommended = liveRecommendation(form.values);
  // Until the user picks a decision, it follows the recommendation.
  const decision = decisionTouched ? form.values.decision : (recommended ?? '');

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const input = logInput(values, plan.id);
    if (!input) return; // the validation above asks for the answers
    if (decision === HelpDecision.REDIRECT && !values.redirectedTo.trim()) {
      form.setFieldError('redirectedTo', REDIRECT_PROBLEM);
      return;
    }
    try {
      let target = logged;
      if (!target) {
        const { data } = await log({ variables: { input } });
        if (!data) return;
        target = { id: data.logHelpRequest.id, version: data.logHelpRequest.version };
        setLogged(target);
      }
      if (decision) await decide({ variables: { input: decideInput(target, decision, values) } });
      notifySuccess(
        decision ? `Decision: ${DECISION_LABELS[decision]}.` : 'Decide it from the list when you know.',
        'Request logged',
      );
      onDone();
    } catch (error) {
      const read = await readFailure(error);
      if (read.kind === 'fields') applyFieldErrors(form, read.problem, REQUEST_INPUTS);
      setFailure(leftoverFailure(read, REQUEST_INPUTS));
    }
  });

  const chooseDecision = (value: RequestValues['decision']) => {
    setDecisionTouched(true);
    form.setFieldValue('decision', value);
    form.clearFieldError('redirectedTo');
  };

  return {
    form,
    submit,
    saving: logging.loading || deciding.loading,
    failure,
    logged: logged !== null,
    recommended,
    decision,
    decisionTouched,
    chooseDecision,
  };
}
