import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { AuditorView } from '../../../../src/contract';

const daysWords = (days: number) => (days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`);

/** An auditor's certificates with their expiry; those expiring within 60 days and a missing valid one stand out. */
export function CertificateList({ auditor }: { auditor: AuditorView }) {
  const soon = new Map(auditor.expiringSoon.map((c) => [`${c.certificate}|${c.expiresOn}`, c.daysLeft]));
  return (
    <Stack space="space.050">
      {auditor.hasValidCertificate ? null : (
        <Inline>
          <Lozenge appearance="danger" testId={`auditor-no-certificate-${auditor.accountId}`}>
            No valid certificate
          </Lozenge>
        </Inline>
      )}
      {auditor.auditor.certificates.map((certificate) => {
        const daysLeft = soon.get(`${certificate.name}|${certificate.expiresOn ?? ''}`);
        return (
          <Inline key={`${certificate.name}-${certificate.issuedOn}`} space="space.075" alignBlock="center" shouldWrap>
            <Text size="small">
              {certificate.name}{' '}
              <Text color="color.text.subtle">
                {certificate.expiresOn ? `until ${certificate.expiresOn}` : 'no expiry'}
              </Text>
            </Text>
            {daysLeft === undefined ? null : (
              <Lozenge appearance="warning" testId={`auditor-expiring-${auditor.accountId}`}>
                Expires {daysWords(daysLeft)}
              </Lozenge>
            )}
          </Inline>
        );
      })}
    </Stack>
  );
}
