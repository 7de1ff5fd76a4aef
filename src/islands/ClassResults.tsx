/**
 * The teacher's class results page (/lop-hoc/): classes kept on this device, results received
 * from learners' result QR codes (camera, photo or pasted text), the class table, per-lesson
 * averages, the hardest lessons and questions, and a CSV file. Everything stays on the device.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { $classes, addClass, forgetResult, receiveResult, removeClass, renameClassTo, showClass } from '../stores/classes';
import { $guest } from '../stores/profiles';
import { attemptKey, decodeResult, type ClassResult, type KnownExams } from '../lib/class-results/format';
import type { ClassRoom } from '../lib/class-results/classes';
import { formatDateTime, formatDuration, hardestLessons, hardestQuestions, lessonAverages, markAttempts, percentOf } from '../lib/class-results/summary';
import { buildCsv, csvFileName } from '../lib/class-results/csv';
import { lessonUrl } from '../lib/paths';
import { classNameProblem, classText as t, resultProblems } from '../i18n/class-results';
import type { QuestionMap } from '../lib/class-results/question-map';
import ClassResultsScan from './ClassResultsScan';

export interface ExamInfo {
  id: string;
  title: string;
  passPercent: number;
}

interface Props {
  exams: ExamInfo[];
  /** Address of the question map (cau-hoi.json). */
  mapUrl: string;
}

type Notice = { kind: 'ok' | 'problem'; text: string } | undefined;

const byName = (a: ClassResult, b: ClassResult) => a.name.localeCompare(b.name, 'vi') || a.submittedAt - b.submittedAt;

export default function ClassResults({ exams, mapUrl }: Props) {
  const state = useStore($classes);
  const guest = useStore($guest);
  // Rendered at build time without storage; the saved classes appear once the island runs.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [notice, setNotice] = useState<Notice>(undefined);
  const known: KnownExams = useMemo(() => new Map(exams.map((e) => [e.id, { passPercent: e.passPercent }])), [exams]);
  const active = ready ? state.classes.find((c) => c.id === state.active) : undefined;
  const say = (kind: 'ok' | 'problem', text: string) => setNotice({ kind, text });

  const receive = (texts: string[]) => {
    if (!active) return;
    for (const text of texts) {
      const read = decodeResult(text, known);
      if (!read.ok) {
        say('problem', resultProblems[read.problem]);
        continue;
      }
      const { name, earned, total } = read.result;
      const outcome = receiveResult(active.id, read.result);
      if (outcome === 'added') say('ok', t.added(name, earned, total));
      else if (outcome === 'duplicate') say('ok', t.duplicate(name));
      else if (outcome === 'full') say('problem', t.full);
    }
  };

  return (
    <div class="class-results">
      {guest && <p class="callout callout--warning">{t.guest}</p>}
      <ClassPicker classes={ready ? state.classes : []} active={active} say={say} />
      <p role="status" class="class-status">
        {notice?.kind === 'ok' ? notice.text : ''}
      </p>
      <p role="alert" class="class-status form-problem">
        {notice?.kind === 'problem' ? notice.text : ''}
      </p>
      {active && (
        <>
          <section aria-labelledby="lop-them-h">
            <h2 id="lop-them-h">{t.addHeading}</h2>
            <ClassResultsScan onTexts={receive} onProblem={(m) => say('problem', m)} onBusy={(m) => say('ok', m)} />
          </section>
          <ClassTable room={active} exams={exams} mapUrl={mapUrl} say={say} />
        </>
      )}
    </div>
  );
}

function ClassPicker({ classes, active, say }: { classes: ClassRoom[]; active: ClassRoom | undefined; say: (k: 'ok' | 'problem', m: string) => void }) {
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);

  return (
    <section aria-labelledby="lop-ds-h">
      <h2 id="lop-ds-h">{t.classesHeading}</h2>
      {classes.length === 0 && <p>{t.noClass}</p>}
      {active && (
        <>
          <label class="class-field__label" for="lop-dang-xem">
            {t.pick}
          </label>
          <select
            id="lop-dang-xem"
            class="class-field__select"
            value={active.id}
            onChange={(e) => {
              setRenaming(undefined);
              setConfirming(false);
              showClass(e.currentTarget.value);
            }}
          >
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {renaming !== undefined ? (
            <form
              class="class-form"
              onSubmit={(e) => {
                e.preventDefault();
                const change = renameClassTo(active.id, renaming);
                if (change.ok) {
                  setRenaming(undefined);
                  say('ok', t.renamed(change.state.classes.find((c) => c.id === active.id)?.name ?? renaming));
                } else say('problem', classNameProblem(change.problem));
              }}
            >
              <label class="class-field__label" for="lop-ten-moi">
                {t.renameLabel}
              </label>
              <input id="lop-ten-moi" class="class-field__text" type="text" maxLength={40} value={renaming} onInput={(e) => setRenaming(e.currentTarget.value)} />
              <div class="button-row">
                <button type="submit" class="btn">
                  {t.save}
                </button>
                <button type="button" class="btn btn--secondary" onClick={() => setRenaming(undefined)}>
                  {t.cancel}
                </button>
              </div>
            </form>
          ) : confirming ? (
            <div class="class-confirm">
              <p>{t.removeConfirm(active.name, active.results.length)}</p>
              <div class="button-row">
                <button
                  type="button"
                  class="btn btn--danger"
                  onClick={() => {
                    removeClass(active.id);
                    setConfirming(false);
                    say('ok', t.removed(active.name));
                  }}
                >
                  {t.removeYes}
                </button>
                <button type="button" class="btn btn--secondary" onClick={() => setConfirming(false)}>
                  {t.cancel}
                </button>
              </div>
            </div>
          ) : (
            <div class="button-row">
              <button type="button" class="btn btn--secondary" onClick={() => setRenaming(active.name)}>
                {t.rename}
              </button>
              <button type="button" class="btn btn--secondary" onClick={() => setConfirming(true)}>
                {t.remove}
              </button>
            </div>
          )}
        </>
      )}
      <form
        class="class-form"
        onSubmit={(e) => {
          e.preventDefault();
          const change = addClass(newName);
          if (change.ok) {
            setNewName('');
            setRenaming(undefined);
            setConfirming(false);
            say('ok', t.created(change.state.classes[change.state.classes.length - 1]?.name ?? newName));
          } else say('problem', classNameProblem(change.problem));
        }}
      >
        <label class="class-field__label" for="lop-ten">
          {t.newName}
        </label>
        <p id="lop-ten-hint" class="meta">
          {t.newHint}
        </p>
        <input
          id="lop-ten"
          class="class-field__text"
          type="text"
          maxLength={40}
          aria-describedby="lop-ten-hint"
          value={newName}
          onInput={(e) => setNewName(e.currentTarget.value)}
        />
        <button type="submit" class="btn">
          {t.create}
        </button>
      </form>
    </section>
  );
}

function downloadCsv(room: ClassRoom, rows: ClassResult[], titleOf: (id: string) => string): void {
  const csv = buildCsv([
    [...t.csvHeader],
    ...rows.map((r) => [
      r.name,
      titleOf(r.examId),
      r.earned,
      r.total,
      percentOf(r),
      r.passed ? t.pass : t.fail,
      formatDuration(r.seconds),
      formatDateTime(r.submittedAt),
      r.wrong.join(' '),
      r.code,
    ]),
  ]);
  const href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = csvFileName(room.name, new Date());
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

function ClassTable({ room, exams, mapUrl, say }: { room: ClassRoom; exams: ExamInfo[]; mapUrl: string; say: (k: 'ok' | 'problem', m: string) => void }) {
  const rows = useMemo(() => [...room.results].sort(byName), [room.results]);
  const marks = useMemo(() => markAttempts(room.results), [room.results]);
  const titleOf = (id: string) => exams.find((e) => e.id === id)?.title ?? id;
  const learners = new Set(room.results.map((r) => r.name.toLocaleLowerCase('vi'))).size;

  return (
    <>
      <section aria-labelledby="lop-bang-h">
        <h2 id="lop-bang-h">{t.tableHeading}</h2>
        {rows.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <>
            <div class="class-table-wrap" role="region" aria-label={t.tableScroll} tabIndex={0}>
              <table class="class-table">
                <caption>{t.caption(rows.length, learners)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.colName}</th>
                    <th scope="col">{t.colExam}</th>
                    <th scope="col">{t.colScore}</th>
                    <th scope="col">{t.colPercent}</th>
                    <th scope="col">{t.colPass}</th>
                    <th scope="col">{t.colTime}</th>
                    <th scope="col">{t.colDate}</th>
                    <th scope="col">{t.colAttempt}</th>
                    <th scope="col">{t.colRemove}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const key = attemptKey(r);
                    const count = marks.count.get(key) ?? 1;
                    const tags = count > 1 ? [t.attempt(count), marks.latest.has(key) ? t.latest : '', marks.best.has(key) ? t.best : ''].filter(Boolean) : [];
                    const date = formatDateTime(r.submittedAt);
                    return (
                      <tr key={key}>
                        <th scope="row" class="class-table__name">
                          {r.name}
                        </th>
                        <td>{titleOf(r.examId)}</td>
                        <td>
                          {r.earned}/{r.total}
                        </td>
                        <td>{percentOf(r)}%</td>
                        <td class={r.passed ? 'class-pass' : 'class-fail'}>{r.passed ? `✓ ${t.pass}` : `✗ ${t.fail}`}</td>
                        <td>{formatDuration(r.seconds)}</td>
                        <td>{date}</td>
                        <td>{tags.join(' · ')}</td>
                        <td>
                          <button
                            type="button"
                            class="btn btn--secondary btn--small"
                            onClick={() => {
                              forgetResult(room.id, key);
                              say('ok', t.rowRemoved(r.name));
                            }}
                          >
                            {t.colRemove}
                            <span class="visually-hidden"> {t.removeRow(r.name, date)}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p class="meta">{t.downloadHint}</p>
            <p>
              <button type="button" class="btn" onClick={() => downloadCsv(room, rows, titleOf)}>
                {t.download}
              </button>
            </p>
          </>
        )}
      </section>
      {rows.length > 0 && <ClassStats results={room.results} mapUrl={mapUrl} />}
    </>
  );
}

/** The question map, fetched once per page (the service worker has it offline). */
let mapRequest: Promise<QuestionMap | undefined> | undefined;
function loadMap(href: string): Promise<QuestionMap | undefined> {
  mapRequest ??= fetch(href)
    .then((r) => (r.ok ? (r.json() as Promise<QuestionMap>) : undefined))
    .catch(() => undefined);
  return mapRequest;
}

function ClassStats({ results, mapUrl }: { results: ClassResult[]; mapUrl: string }) {
  const [map, setMap] = useState<QuestionMap | undefined | 'failed'>(undefined);
  useEffect(() => {
    let live = true;
    void loadMap(mapUrl).then((m) => live && setMap(m ?? 'failed'));
    return () => {
      live = false;
    };
  }, [mapUrl]);
  const known = map && map !== 'failed' ? map : undefined;
  const lessonOf = (id: string) => known?.q[id]?.[1];
  const lessonTitle = (id: string) => known?.l[id] ?? id;
  const lessonOrder = known ? Object.keys(known.l) : [];
  const averages = known
    ? lessonAverages(results, lessonOf).sort((a, b) => lessonOrder.indexOf(a.lesson) - lessonOrder.indexOf(b.lesson))
    : [];
  const hardLessons = hardestLessons(averages);
  const hardQuestions = hardestQuestions(results);

  return (
    <section aria-labelledby="lop-ca-lop-h">
      <h2 id="lop-ca-lop-h">{t.statsHeading}</h2>
      <p class="meta">{t.statsNote}</p>
      <h3>{t.hardQuestionsHeading}</h3>
      {hardQuestions.length === 0 ? (
        <p>{t.noneHard}</p>
      ) : (
        <ol class="class-hard">
          {hardQuestions.map((s) => {
            const entry = known?.q[s.id];
            return (
              <li key={s.id}>
                <p class="class-hard__prompt">{entry ? entry[0] : map === undefined ? s.id : t.unknownQuestion}</p>
                <p class="meta">
                  {s.id} · {t.wrongOf(s.wrong, s.asked)}
                  {entry && (
                    <>
                      {' · '}
                      <a href={lessonUrl(entry[1])}>{lessonTitle(entry[1])}</a>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <h3>{t.hardLessonsHeading}</h3>
      {!known ? (
        <p>{map === 'failed' ? t.noLessons : '…'}</p>
      ) : hardLessons.length === 0 ? (
        <p>{t.noneHard}</p>
      ) : (
        <ol class="class-hard">
          {hardLessons.map((a) => (
            <li key={a.lesson}>
              <a href={lessonUrl(a.lesson)}>{lessonTitle(a.lesson)}</a> — {a.percent}%
            </li>
          ))}
        </ol>
      )}
      <h3>{t.lessonsHeading}</h3>
      {!known ? (
        <p>{map === 'failed' ? t.noLessons : '…'}</p>
      ) : (
        <div class="class-table-wrap" role="region" aria-label={t.lessonsHeading} tabIndex={0}>
          <table class="class-table">
            <thead>
              <tr>
                <th scope="col">{t.colLesson}</th>
                <th scope="col">{t.colRight}</th>
                <th scope="col">{t.colPercent}</th>
              </tr>
            </thead>
            <tbody>
              {averages.map((a) => (
                <tr key={a.lesson}>
                  <th scope="row" class="class-table__name">
                    <a href={lessonUrl(a.lesson)}>{lessonTitle(a.lesson)}</a>
                  </th>
                  <td>{t.lessonRight(a.right, a.asked)}</td>
                  <td>{a.percent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
