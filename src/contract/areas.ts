import type { AuditableArea } from '../domain/programme/auditableArea';

/** An auditable area as screens show it: the record, its owner's name and its risk. */
export interface AreaView {
  id: string;
  version: number;
  area: AuditableArea;
  ownerName: string;
  riskScore: number;
  riskLevel: 'low' | 'medium' | 'high';
  updatedAt: string;
  updatedBy: string;
}
