/** One email, rendered: both parts, and the headers every Fulcrum email carries. */
export interface OutgoingMail {
  /** `<…@…>`, stable across retries of the same message. */
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}
