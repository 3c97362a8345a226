import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { problemMessage } from '@/lib/form-errors';
import type { CardImage, CardSide } from '@/types/api';
import { insurancePath, useUploadCard, type InsuranceScope } from '../api/insurance';
import { cardFileProblem, formatBytes } from './policy-form-logic';

const LABELS: Record<CardSide, string> = { front: 'Card front', back: 'Card back' };

/** One side of the insurance card: what is stored, and a file picker that checks size and type before sending. */
export function CardUpload({ scope, side, stored, disabled }: { scope: InsuranceScope; side: CardSide; stored?: CardImage; disabled?: boolean }) {
  const upload = useUploadCard(scope);
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = (file: File | undefined) => {
    setProblem(null);
    if (!file) return;
    setChosen({ name: file.name, size: file.size });
    const local = cardFileProblem(file);
    if (local) {
      setProblem(local);
      return;
    }
    upload.mutate({ side, file }, { onError: (error) => setProblem(problemMessage(error)) });
  };
  return (
    <div className="card-upload">
      <p className="field-label">{LABELS[side]}</p>
      {stored ? (
        <p>
          <Badge tone="success">On file</Badge> {stored.fileType}, {formatBytes(stored.sizeBytes)} ·{' '}
          <a href={`${insurancePath(scope)}/cards/${side}`}>Download</a>
        </p>
      ) : (
        <p className="muted">No image yet.</p>
      )}
      {!disabled ? (
        <label className="btn btn-secondary btn-small file-button">
          {upload.isPending ? 'Uploading…' : stored ? `Replace ${LABELS[side].toLowerCase()}` : `Add ${LABELS[side].toLowerCase()}`}
          <input
            type="file"
            className="visually-hidden"
            accept="application/pdf,image/jpeg,image/png"
            aria-label={`${LABELS[side]} image (PDF, JPEG or PNG, up to 10 MB)`}
            onChange={(event) => {
              choose(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
      ) : null}
      {chosen && !problem && upload.isPending ? (
        <p className="muted">
          {chosen.name} ({formatBytes(chosen.size)})
        </p>
      ) : null}
      {problem ? <Alert title={`${LABELS[side]} not uploaded`}>{problem}</Alert> : null}
    </div>
  );
}
