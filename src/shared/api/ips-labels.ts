// The words for IPS codes, for the web app (which imports only shared/).
export {
  DISCLOSURE_CHOICES,
  DISCLOSURE_LABELS,
  EMPLOYER_CONTACT_PURPOSES,
  EMPLOYER_CONTACT_PURPOSE_LABELS,
  JOB_END_REASONS,
  JOB_END_REASON_LABELS,
  JOB_KINDS,
  JOB_KIND_LABELS,
  REFERRAL_END_REASONS,
  REFERRAL_END_REASON_LABELS,
} from '../../domain/ips/ips-vocabulary';
export { FIDELITY_BAND_LABELS, FIDELITY_SECTION_LABELS } from '../../domain/ips/fidelity-scale';
