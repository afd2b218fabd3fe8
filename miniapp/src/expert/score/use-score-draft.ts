import { useRef, useState } from 'react';
import { useDidHide, useUnload } from '@tarojs/taro';
import { reviewApi, type ScoreKind, type ScoreSheetInput, type ScoreSheetPage } from '../../api/review';
import { scoresToSend, sheetMessages, textsFromScores, type ScoreTexts } from '../score-sheet';

interface DraftSource {
  page: ScoreSheetPage | null;
  texts: ScoreTexts;
  comments: Record<string, string>;
  overall: string;
}

/** The body to send for what the expert typed: valid scores only, blank comments left out, the version last seen. */
function bodyOf(source: DraftSource, version: number): ScoreSheetInput | null {
  if (!source.page) return null;
  const comment: Record<string, string> = {};
  for (const [id, text] of Object.entries(source.comments)) if (text.trim() !== '') comment[id] = text.trim();
  return {
    scores: scoresToSend(source.page.rubric, source.texts),
    comments: comment,
    ...(source.overall.trim() !== '' ? { overallComment: source.overall.trim() } : {}),
    version: version,
  };
}

/**
 * What the expert has typed on one score sheet, and the silent draft save when they leave the page (back, another
 * page, app to background). The version the server last returned travels with every save, so a save from another
 * device in between is refused rather than overwritten.
 */
export function useScoreDraft(applicationId: string, kind: ScoreKind, page: ScoreSheetPage | null) {
  const [texts, setTexts] = useState<ScoreTexts>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [overall, setOverallText] = useState('');
  const [serverMessages, setServerMessages] = useState<Record<string, string>>({});

  // What autosave on leaving needs, current at the moment the page goes away.
  const latest = useRef<DraftSource>({ page, texts, comments, overall });
  latest.current = { page, texts, comments, overall };
  const dirty = useRef(false);
  const version = useRef(0);
  const inFlight = useRef<Promise<unknown> | null>(null);

  /** Fills the form from the sheet as the server has it. */
  const fill = (p: ScoreSheetPage) => {
    setTexts(textsFromScores(p.sheet.scores));
    setComments(p.sheet.comments ?? {});
    setOverallText(p.sheet.overallComment ?? '');
    version.current = p.sheet.version;
    dirty.current = false;
  };

  // Best effort: a failed autosave leaves the form dirty so the next chance tries again.
  const autosave = () => {
    const source = latest.current;
    if (!dirty.current || inFlight.current || !source.page?.canEdit) return;
    if (Object.keys(sheetMessages(source.page.rubric, source.texts, false)).length > 0) return;
    const body = bodyOf(source, version.current);
    if (!body) return;
    dirty.current = false;
    inFlight.current = reviewApi
      .saveDraft(applicationId, kind, body)
      .then((saved) => {
        version.current = saved.version;
      })
      .catch(() => {
        dirty.current = true;
      })
      .finally(() => {
        inFlight.current = null;
      });
  };
  useDidHide(autosave);
  useUnload(autosave);

  /** The body for an explicit save or submit, once any autosave still under way has finished. */
  const bodyToSend = async (): Promise<ScoreSheetInput | null> => {
    await inFlight.current;
    return bodyOf(latest.current, version.current);
  };

  /** After the server accepted a save or submit: the form matches it again. */
  const saved = (nextVersion?: number) => {
    if (nextVersion !== undefined) version.current = nextVersion;
    dirty.current = false;
  };

  const setText = (id: string, text: string) => {
    dirty.current = true;
    setTexts((prev) => ({ ...prev, [id]: text }));
    setServerMessages((prev) => {
      if (!(id in prev)) return prev;
      const next = { ...prev };
      delete next[id];
      return next;
    });
  };
  const setComment = (id: string, text: string) => {
    dirty.current = true;
    setComments((prev) => ({ ...prev, [id]: text }));
  };
  const setOverall = (text: string) => {
    dirty.current = true;
    setOverallText(text);
  };

  return { texts, comments, overall, serverMessages, setServerMessages, fill, bodyToSend, saved, setText, setComment, setOverall };
}
