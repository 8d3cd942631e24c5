import { useRef } from 'react'
import { Button } from 'antd'
import { FolderOpenOutlined } from '@ant-design/icons'
import { scoringSelectors, useWorkbench } from '../../stores'
import { MaterialsPane } from '../materials/MaterialsPane'
import { MATERIALS_STRINGS as M } from '../materials/strings'
import { ScoreSheetForm } from './ScoreSheetForm'
import { useSplit } from './useSplit'
import './split.css'

/**
 * The scoring form on the left, the submission's materials on the right (docs/design/screens.md, 评分). The form
 * scrolls with the page (its summary bar stays sticky); the viewer stays in view beside it. The divider
 * is dragged with the mouse or moved with ← → when focused; the viewer can be folded away.
 */
export function SheetWithMaterials() {
  const key = useWorkbench(scoringSelectors.openKey)
  const { formPct, viewerHidden, setFormPct, setViewerHidden } = useSplit()
  const boxRef = useRef<HTMLDivElement>(null)
  if (!key) return null

  function drag(e: React.PointerEvent<HTMLDivElement>) {
    const box = boxRef.current
    if (!box) return
    e.preventDefault()
    const handle = e.currentTarget
    handle.setPointerCapture(e.pointerId)
    const rect = box.getBoundingClientRect()
    const move = (ev: PointerEvent) => setFormPct(((ev.clientX - rect.left) / rect.width) * 100)
    const up = () => {
      handle.removeEventListener('pointermove', move)
      handle.removeEventListener('pointerup', up)
    }
    handle.addEventListener('pointermove', move)
    handle.addEventListener('pointerup', up)
  }

  function keys(e: React.KeyboardEvent) {
    if (e.key === 'ArrowLeft') setFormPct(formPct - 3)
    else if (e.key === 'ArrowRight') setFormPct(formPct + 3)
    else return
    e.preventDefault()
  }

  if (viewerHidden) {
    return (
      <div className="sheet-split sheet-split-single">
        <Button className="sheet-split-show" icon={<FolderOpenOutlined />} onClick={() => setViewerHidden(false)} data-testid="materials-show">
          {M.show}
        </Button>
        <ScoreSheetForm />
      </div>
    )
  }
  return (
    <div className="sheet-split" ref={boxRef} style={{ gridTemplateColumns: `minmax(0, ${formPct}fr) 10px minmax(0, ${100 - formPct}fr)` }}>
      <div className="sheet-split-form">
        <ScoreSheetForm />
      </div>
      <div
        className="sheet-split-handle"
        role="separator"
        aria-orientation="vertical"
        aria-valuenow={Math.round(formPct)}
        tabIndex={0}
        onPointerDown={drag}
        onKeyDown={keys}
        data-testid="split-handle"
      />
      <div className="sheet-split-viewer">
        <MaterialsPane submissionId={key.submissionId} forExpert onHide={() => setViewerHidden(true)} />
      </div>
    </div>
  )
}
