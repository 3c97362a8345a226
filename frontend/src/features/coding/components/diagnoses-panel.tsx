import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { ApiProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import { MAX_DIAGNOSES, useClientDiagnoses, useReplaceDiagnoses, type Diagnosis } from '../api/client-diagnoses';
import { Icd10Picker } from './icd10-picker';

function moved(codes: string[], from: number, to: number): string[] {
  const next = [...codes];
  const [code] = next.splice(from, 1);
  next.splice(to, 0, code);
  return next;
}

/** The client's ordered ICD-10-CM diagnoses (the first is primary): add from search, reorder, remove. */
export function DiagnosesPanel({ clientId, readOnly }: { clientId: string; readOnly?: boolean }) {
  const diagnoses = useClientDiagnoses(clientId);
  const replace = useReplaceDiagnoses(clientId);
  const list: Diagnosis[] = diagnoses.data?.diagnoses ?? [];
  const codes = list.map((diagnosis) => diagnosis.code);
  const full = codes.length >= MAX_DIAGNOSES;
  const save = (next: string[]) => replace.mutate(next);

  return (
    <Card title="Diagnoses">
      {replace.isError ? <Alert title="The diagnoses were not saved">{replaceError(replace.error)}</Alert> : null}
      {diagnoses.isPending ? (
        <Spinner label="Loading diagnoses…" />
      ) : diagnoses.isError ? (
        <Alert title="The diagnoses could not be loaded">{problemMessage(diagnoses.error)}</Alert>
      ) : (
        <>
          {list.length === 0 ? (
            <p className="muted">No diagnosis yet. The first one you add is the primary diagnosis on claims.</p>
          ) : (
            <ol className="diagnosis-list" aria-label="Diagnoses, primary first">
              {list.map((diagnosis, index) => (
                <li key={diagnosis.code} className="diagnosis-item">
                  <div className="diagnosis-text">
                    <span className="icd10-code">{diagnosis.code}</span>
                    <span>{diagnosis.description}</span>
                    {index === 0 ? <Badge tone="info">Primary</Badge> : null}
                    {diagnosis.retired ? <Badge tone="warning">Retired code</Badge> : null}
                  </div>
                  {readOnly ? null : (
                    <div className="diagnosis-actions">
                      <Button
                        variant="ghost"
                        aria-label={`Move ${diagnosis.code} up`}
                        disabled={index === 0 || replace.isPending}
                        onClick={() => save(moved(codes, index, index - 1))}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="ghost"
                        aria-label={`Move ${diagnosis.code} down`}
                        disabled={index === list.length - 1 || replace.isPending}
                        onClick={() => save(moved(codes, index, index + 1))}
                      >
                        ↓
                      </Button>
                      <Button
                        variant="ghost"
                        aria-label={`Remove ${diagnosis.code}`}
                        disabled={replace.isPending}
                        onClick={() => save(codes.filter((code) => code !== diagnosis.code))}
                      >
                        Remove
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
          {readOnly ? null : full ? (
            <p className="muted">A claim carries at most {MAX_DIAGNOSES} diagnoses: remove one to add another.</p>
          ) : (
            <Icd10Picker chosen={codes} disabled={replace.isPending} onPick={(result) => save([...codes, result.code])} />
          )}
        </>
      )}
    </Card>
  );
}

/** The server's field messages (a category, a 13th code) say more than its title. */
function replaceError(error: unknown): string {
  const fields = error instanceof ApiProblem ? error.errors : [];
  return fields.length ? fields.map((field) => field.message).join(' ') : problemMessage(error);
}
