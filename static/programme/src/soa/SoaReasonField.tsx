import Textfield from '@atlaskit/textfield';
import type { ResolverError } from '../../../../src/contract';
import { FormField } from '../../../shared/forms/FormField';
import { soaFieldPaths as paths } from './soaDraft';

interface SoaReasonFieldProps {
  value: string;
  onChange: (reason: string) => void;
  /** The SoA version the line belongs to; an approved one needs a reason for any change. */
  version: number;
  isApproved: boolean;
  error: ResolverError | null;
}

/** The reason a change to the line carries into the trail: required once the SoA is approved. */
export function SoaReasonField({ value, onChange, version, isApproved, error }: SoaReasonFieldProps) {
  return (
    <FormField
      htmlFor="soa-reason"
      label={isApproved ? 'Reason for the change' : 'Reason for the change (optional)'}
      helper={
        isApproved
          ? `Version ${version} is approved: changing a line withdraws the approval and needs a reason.`
          : 'Recorded in the audit trail with your change.'
      }
      isRequired={isApproved}
      path={paths.reason}
      error={error}
    >
      {(isInvalid) => (
        <Textfield
          id="soa-reason"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          isInvalid={isInvalid}
          testId="soa-reason"
        />
      )}
    </FormField>
  );
}
