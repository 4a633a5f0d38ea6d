import { App } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { usePeriod } from '../../hooks/usePeriod';
import { useSaveFile } from '../../hooks/useSaveFile';
import type { FileInput } from '../../../../shared/api/files';
import type {
  ImportPreview,
  ImportResult,
  LayoutQuestion,
  PeriodAnswer,
} from '../../../../shared/api/import-types';
import type { CorrectionDecision } from './HandCorrections';
import { withMapping, type Mappings, type UnitChoices } from './import-model';

/**
 * One import from files to commit: every choice the clerk makes (period, a column's indicator, a unit for
 * a name) reads the same files again into a fresh preview, and the previous preview is discarded.
 */
export function useImportSession() {
  const { message } = App.useApp();
  const { dataChanged } = usePeriod();
  const save = useSaveFile();
  const [files, setFiles] = useState<FileInput[]>([]);
  const [forcedPeriod, setForcedPeriod] = useState<string | null>(null);
  const [mappings, setMappings] = useState<Mappings>({});
  const [unitChoices, setUnitChoices] = useState<UnitChoices>({});
  const [periodChoices, setPeriodChoices] = useState<Record<string, PeriodAnswer>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  /** The files of the last commit, named in its result. */
  const [written, setWritten] = useState<string[]>([]);
  const [acceptWarnings, setAcceptWarnings] = useState(false);
  // Per hand-corrected figure the file would replace; every fresh preview asks again.
  const [decisions, setDecisions] = useState<Record<string, CorrectionDecision>>({});

  const runPreview = async (
    fs: FileInput[],
    maps: Mappings,
    p: string | null,
    choices: UnitChoices,
    periods: Record<string, PeriodAnswer> = periodChoices,
  ) => {
    if (!fs.length) return;
    setBusy('preview');
    setError(null);
    setResult(null);
    setAcceptWarnings(false);
    setDecisions({});
    if (preview) void call('imports.discard', { previewId: preview.previewId }).catch(() => undefined);
    try {
      const input = {
        files: fs,
        ...(p ? { period: p } : {}),
        ...(Object.keys(maps).length ? { mappings: maps } : {}),
        ...(Object.keys(choices).length ? { unitChoices: choices } : {}),
        ...(Object.keys(periods).length ? { periodChoices: periods } : {}),
      };
      setPreview(await call('imports.preview', input));
    } catch (e) {
      setPreview(null);
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  const onFiles = (fs: FileInput[]) => {
    setFiles(fs);
    setMappings({});
    setUnitChoices({});
    setPeriodChoices({});
    void runPreview(fs, {}, forcedPeriod, {}, {});
  };

  const choosePeriod = (p: string | null) => {
    setForcedPeriod(p);
    if (files.length) void runPreview(files, mappings, p, unitChoices);
  };

  const chooseUnit = (text: string, code: string) => {
    const next = { ...unitChoices, [text]: code };
    setUnitChoices(next);
    void runPreview(files, mappings, forcedPeriod, next);
  };

  const mapColumn = (fingerprint: string, col: string, ind: string | null) => {
    const next = withMapping(mappings, fingerprint, col, ind);
    setMappings(next);
    void runPreview(files, next, forcedPeriod, unitChoices);
  };

  /** A layout question answered: a column is read for its indicator and its rivals are not, or a period source. */
  const answer = (q: LayoutQuestion, value: string) => {
    if (q.kind === 'period') {
      const next = { ...periodChoices, [q.fingerprint]: value as PeriodAnswer };
      setPeriodChoices(next);
      void runPreview(files, mappings, forcedPeriod, unitChoices, next);
      return;
    }
    let next = mappings;
    for (const o of q.options)
      next = withMapping(next, q.fingerprint, o.value, o.value === value ? q.indicator : null);
    setMappings(next);
    void runPreview(files, next, forcedPeriod, unitChoices);
  };

  const commit = async () => {
    if (!preview) return;
    setBusy('commit');
    setError(null);
    try {
      const keep = (preview.corrections ?? []).filter((c) => decisions[c.key] === 'keep').map((c) => c.key);
      const r = await call('imports.commit', {
        previewId: preview.previewId,
        ...(preview.corrections?.length ? { keepCorrections: keep } : {}),
      });
      setResult(r);
      if (r.ok) {
        // The result stays on screen with its next steps (ImportDone) rather than in a passing toast.
        setWritten(preview.files.map((f) => f.name));
        setPreview(null);
        setFiles([]);
        dataChanged();
      }
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  /** Leaves files out of the batch: the rest are read again, with the choices made so far. */
  const dropFiles = (names: string[]) => {
    const left = files.filter((f) => !names.includes(f.name));
    setFiles(left);
    if (left.length) void runPreview(left, mappings, forcedPeriod, unitChoices);
    else cancel();
  };

  const closeResult = () => setResult(null);

  const cancel = () => {
    if (preview) void call('imports.discard', { previewId: preview.previewId }).catch(() => undefined);
    setPreview(null);
    setFiles([]);
    setError(null);
  };

  const saveProblems = async () => {
    if (!preview) return;
    try {
      await save(await call('imports.problemsWorkbook', { previewId: preview.previewId }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const decide = (keys: string[], d: CorrectionDecision) =>
    setDecisions((old) => ({ ...old, ...Object.fromEntries(keys.map((k) => [k, d])) }));

  return {
    decisions,
    decide,
    files,
    forcedPeriod,
    unitChoices,
    preview,
    busy,
    error,
    result,
    written,
    closeResult,
    dropFiles,
    acceptWarnings,
    setAcceptWarnings,
    onFiles,
    choosePeriod,
    chooseUnit,
    mapColumn,
    answer,
    commit,
    cancel,
    saveProblems,
  };
}
