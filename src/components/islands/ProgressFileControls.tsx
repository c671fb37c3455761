/**
 * Carry progress between browsers: download it as a file, or load a file and merge it in.
 * Loading shows what would change before anything does ("In this file, 14 answers … are newer
 * than yours"), and a damaged, foreign or future-version file changes nothing. Merging follows
 * src/lib/progress-merge.ts: the newer state wins, so loading a file twice changes nothing.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { Progress } from '../../lib/progress';
import { progressFile, readProgressFile } from '../../lib/progress-file';
import { describeNewer, listNewer, mergeProgress } from '../../lib/progress-merge';
import type { ProgressStore } from '../../lib/progress-store';
import type { Undo } from './use-undo';

interface Pending {
  incoming: Progress;
  /** "In this file, 14 answers … are newer than yours." */
  summary: string;
  /** "14 answers and 22 card reviews" */
  list: string;
}

export function ProgressFileControls({
  store,
  progress,
  undo,
}: {
  store: ProgressStore;
  progress: Progress;
  undo: Undo;
}) {
  const inputId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState('');
  const [href, setHref] = useState<string | null>(null);
  const file = progressFile(progress, Date.now());
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [file.text]);

  async function choose(chosen: File | undefined) {
    setPending(null);
    if (!chosen) return;
    const read = readProgressFile(await chosen.text());
    if (!read.ok) return setMessage(read.message);
    const { newer } = mergeProgress(store.read(), read.progress);
    const [summary, list] = [describeNewer(newer), listNewer(newer)];
    if (!summary || !list) {
      return setMessage(
        'Nothing in this file is newer than your progress here, so nothing changed.',
      );
    }
    setMessage('');
    setPending({ incoming: read.progress, summary, list });
  }

  async function load() {
    if (!pending || !(await undo.prepare())) return;
    const before = store.read();
    store.update((current) => mergeProgress(current, pending.incoming).merged);
    setPending(null);
    setMessage('');
    undo.offerUndo({
      message: `Loaded ${pending.list} from the file.`,
      restore: () => store.update(() => before),
      before,
    });
  }

  return (
    <section class="progress__file" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Take your progress with you</h2>
      <p>
        Your progress lives in this browser. Download it to keep a copy, or to load it in another
        browser or on another device.
      </p>
      <p>
        {href && (
          <a class="course-button" href={href} download={file.name}>
            Download my progress
          </a>
        )}
      </p>
      <p>
        <label for={inputId}>Load progress from a file</label>{' '}
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </p>
      <div role="status">
        {message && <p>{message}</p>}
        {pending && (
          <div class="progress__pending">
            <p>
              {pending.summary} Loading keeps whichever is newer, question by question and card by
              card.
            </p>
            <button type="button" class="course-button" onClick={() => void load()}>
              Load them
            </button>{' '}
            <button
              type="button"
              class="course-button course-button--secondary"
              onClick={() => setPending(null)}
            >
              Cancel
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
