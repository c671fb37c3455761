/** What the storage notice says; loaded only when storage is not saving (StorageNotice.tsx). */
export const STORAGE_MESSAGES = {
  'memory-only':
    'This browser is not saving your progress, so what you do here is lost when you leave the page.',
  'damaged-kept':
    'Your saved progress in this browser is damaged, and storage is too full to set a copy aside, so it has been left exactly as it was. What you do now lasts until you leave this page. Free some space in this browser to start saving again.',
} as const;
