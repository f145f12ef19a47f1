import type { ReflectionTheme, WouldDoAgain } from '../../../shared/api/reflections.responses';

export const THEME_LABELS: Record<ReflectionTheme, string> = {
  being_personal: 'Being personal',
  boundaries: 'Boundaries',
  beyond_routine: 'Going beyond routine',
};

export const WOULD_DO_AGAIN_LABELS: Record<WouldDoAgain, string> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
};
