import { notifications } from '@mantine/notifications';
import { explainProblem, readProblem } from './errors';

export function notifyProblem(error: unknown) {
  const { title, message } = explainProblem(readProblem(error));
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifySuccess(message: string, title?: string) {
  notifications.show({ color: 'teal', title, message, autoClose: 4000 });
}
