// The notes' backup file, as exported and imported.
import * as z from 'zod/mini';
import { NoteSchema } from './storage';

/** A complete, versioned backup of the notes, as exported and imported. */
export const NotesBackupSchema = z.object({
  format: z.literal('ofsted-lens-notes'),
  version: z.literal(1),
  exportedAt: z.number(),
  notes: z.array(NoteSchema).check(z.maxLength(100_000)),
});
export type NotesBackup = z.infer<typeof NotesBackupSchema>;
