/** A certificate as the secretariat's list and the revoke route answer it. */
export type CertificateItem = {
  certificateNo: string;
  applicationId: number;
  year: number;
  team: { id: number; name: string };
  enterprise: { id: number; name: string };
  unit: { id: number; name: string } | null;
  grade: string;
  gradeLabel: string;
  total: number | null;
  issuedAt: string;
  revoked: boolean;
  revokedAt: string | null;
  revokedReason: string | null;
};

/** The answer of POST /certificates/issue: how many were issued this time, and every certificate. */
export type Issued = { issued: number; items: CertificateItem[] };
