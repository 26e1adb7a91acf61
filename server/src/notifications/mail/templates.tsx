// The components one by one: @react-email/components would also load Tailwind and Markdown (3 s at start).
import { Body } from '@react-email/body';
import { Button } from '@react-email/button';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Heading } from '@react-email/heading';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Text } from '@react-email/text';
import { render } from '@react-email/render';
import type { ReactElement, ReactNode } from 'react';

/**
 * The emails, as react-email components: every value is escaped by React, and both parts come
 * from the same element (`render` for HTML, `plainText` for the text part).
 */

const page = { backgroundColor: '#f6f7f9', fontFamily: 'Helvetica, Arial, sans-serif' };
const card = { backgroundColor: '#ffffff', padding: '24px', maxWidth: '560px', margin: '24px auto' };
const button = { backgroundColor: '#1c7ed6', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' };
const small = { color: '#868e96', fontSize: '12px' };

interface LayoutProps {
  preview: string;
  heading: string;
  children: ReactNode;
  action: { label: string; url: string };
  /** Why this email came and how to stop that kind. */
  unsubscribeUrl: string;
  footnote?: string;
}

function Layout({ preview, heading, children, action, unsubscribeUrl, footnote }: LayoutProps): ReactElement {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Heading as="h1">{heading}</Heading>
          {children}
          <Button href={action.url} style={button}>
            {action.label}
          </Button>
          <Text>
            Or open this link: <Link href={action.url}>{action.url}</Link>
          </Text>
          <Hr />
          {footnote ? <Text style={small}>{footnote}</Text> : null}
          <Text style={small}>
            Fulcrum sent this email. Stop emails of this kind: <Link href={unsubscribeUrl}>{unsubscribeUrl}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export interface InvitationEmailProps {
  inviteeName: string;
  inviterName: string;
  organizationName: string;
  acceptUrl: string;
  expiresOn: string;
  unsubscribeUrl: string;
}

export function InvitationEmail(props: InvitationEmailProps): ReactElement {
  return (
    <Layout
      preview={`${props.inviterName} invited you to ${props.organizationName} on Fulcrum`}
      heading={`Join ${props.organizationName} on Fulcrum`}
      action={{ label: 'Accept the invitation', url: props.acceptUrl }}
      unsubscribeUrl={props.unsubscribeUrl}
      footnote={`The link works once, until ${props.expiresOn}. If you did not expect it, ignore this email.`}
    >
      <Text>Hello {props.inviteeName},</Text>
      <Text>
        {props.inviterName} invited you to {props.organizationName} on Fulcrum, where you and your manager plan your
        growth together. Choose a password to start.
      </Text>
    </Layout>
  );
}

export interface PasswordResetEmailProps {
  name: string;
  resetUrl: string;
  minutes: number;
  unsubscribeUrl: string;
}

export function PasswordResetEmail(props: PasswordResetEmailProps): ReactElement {
  return (
    <Layout
      preview="Set a new Fulcrum password"
      heading="Set a new password"
      action={{ label: 'Choose a new password', url: props.resetUrl }}
      unsubscribeUrl={props.unsubscribeUrl}
      footnote={`The link works once, for ${props.minutes} minutes. If you did not ask for it, ignore this email: your password stays as it is.`}
    >
      <Text>Hello {props.name},</Text>
      <Text>Someone, hopefully you, asked to reset the password of your Fulcrum account.</Text>
    </Layout>
  );
}

/** Both parts of an email from one element. */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
