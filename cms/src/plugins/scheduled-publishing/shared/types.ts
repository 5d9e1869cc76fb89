/** What the scheduling API returns; the admin reads the same types. */

export type JobAction = 'publish' | 'unpublish';
export type JobStatus = 'pending' | 'done' | 'failed' | 'cancelled';

export interface Job {
  id: number;
  contentType: string;
  documentId: string;
  locale: string | null;
  title: string | null;
  action: JobAction;
  /** When it runs, as an instant; the admin shows it in Brussels time. */
  runAt: string;
  status: JobStatus;
  requestedByName: string | null;
  ranAt: string | null;
  /** Why a failed job failed, in its requester's language. */
  error: string | null;
  /** Where the admin edits the document in that language. */
  editPath: string;
}
