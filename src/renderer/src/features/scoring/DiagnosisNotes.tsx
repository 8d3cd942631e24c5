import { useEffect, useRef, useState } from 'react'
import { Card, Input } from 'antd'
import type { Dimension } from '../../../../core/domain/rubric'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { SCORING_STRINGS as S } from './strings'

/** Pause after the last keystroke before a note is saved (as the comment). */
const NOTE_DEBOUNCE_MS = 800

/**
 * A text saved like the comment: after a pause in typing and on leaving the box. `save` compares
 * with what is stored, so an unchanged text writes nothing.
 */
function useAutoSave(value: string, save: () => Promise<void>) {
  const run = useRun()
  const typed = useRef(false)
  useEffect(() => {
    if (!typed.current) return
    const t = setTimeout(() => void run(save), NOTE_DEBOUNCE_MS)
    return () => clearTimeout(t)
  }, [value, save, run])
  return { onType: () => (typed.current = true), onBlur: () => void run(save) }
}

/** 诊断: the expert's 问题 and 建议 for one 一级指标, under its indicators (they feed the 诊断报告). */
export function DimensionNotes({ dimension }: { dimension: Dimension }) {
  const saved = useWorkbench((s) => scoringSelectors.sheetView(s)?.sheet.dimensionNotes[dimension.code])
  const submitted = useWorkbench(scoringSelectors.submitted)
  const { saveDimensionNote } = useActions()
  const [problems, setProblems] = useState(saved?.problems ?? '')
  const [advice, setAdvice] = useState(saved?.advice ?? '')
  const auto = useAutoSave(problems + '\u0000' + advice, () => saveDimensionNote(dimension.code, problems, advice))
  const box = (field: 'problems' | 'advice', value: string, set: (v: string) => void) => (
    <Input.TextArea
      data-testid={`note-${field}-${dimension.code}`}
      value={value}
      readOnly={submitted}
      placeholder={field === 'problems' ? S.problemsPlaceholder : S.advicePlaceholder}
      onChange={(e) => {
        auto.onType()
        set(e.target.value)
      }}
      onBlur={auto.onBlur}
      autoSize={{ minRows: 2, maxRows: 8 }}
      maxLength={3000}
    />
  )
  return (
    <div className="dimension-notes" data-testid={`notes-${dimension.code}`}>
      <div className="muted">{S.problems}</div>
      {box('problems', problems, setProblems)}
      <div className="muted">{S.advice}</div>
      {box('advice', advice, setAdvice)}
    </div>
  )
}

/** 诊断: 特色与创新 of the program, saved like the comment. */
export function HighlightsBox() {
  const saved = useWorkbench((s) => scoringSelectors.sheetView(s)?.sheet.highlights ?? '')
  const submitted = useWorkbench(scoringSelectors.submitted)
  const { saveHighlights } = useActions()
  const [text, setText] = useState(saved)
  const auto = useAutoSave(text, () => saveHighlights(text))
  return (
    <Card size="small" title={S.highlights} className="dimension-section">
      <Input.TextArea
        data-testid="sheet-highlights"
        value={text}
        readOnly={submitted}
        placeholder={S.highlightsPlaceholder}
        onChange={(e) => {
          auto.onType()
          setText(e.target.value)
        }}
        onBlur={auto.onBlur}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={5000}
        showCount
      />
    </Card>
  )
}
