/** The message an admin API call failed with: the CMS's own, in the editor's language, if it sent one. */
export function apiErrorMessage(cause: unknown): string {
  const response = (cause as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (cause as Error).message;
}
