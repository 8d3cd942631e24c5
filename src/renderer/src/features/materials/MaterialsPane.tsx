import { useEffect, useState } from 'react'
import { Alert, Button, Empty, Spin, Tabs, Typography } from 'antd'
import { DoubleRightOutlined } from '@ant-design/icons'
import { intakeSelectors, useActions, useWorkbench } from '../../stores'
import { MaterialView } from './MaterialView'
import { materialKey } from './materialKind'
import { MATERIALS_STRINGS as S } from './strings'

/** The viewer beside the scoring form: the submission's materials as tabs, the chosen one below. */
export function MaterialsPane({ submissionId, onHide, forExpert = false }: { submissionId: string; onHide?: () => void; forExpert?: boolean }) {
  const list = useWorkbench(intakeSelectors.materialsOf(submissionId, forExpert))
  const { loadMaterials } = useActions()
  const [active, setActive] = useState<string | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const missing = list === null
  useEffect(() => {
    // read again when the cached list is dropped (a materials import finished meanwhile)
    if (!missing) return
    setFailed(null)
    loadMaterials(submissionId, forExpert).catch((e: Error) => setFailed(e.message))
  }, [submissionId, missing, loadMaterials, forExpert])
  const current = list?.find((m) => materialKey(m) === active) ?? list?.[0] ?? null

  return (
    <div className="materials-pane" data-testid="materials-pane">
      <div className="materials-pane-head">
        <Typography.Text strong>
          {S.title}
          {list && <span className="muted"> · {S.count(list.length)}</span>}
        </Typography.Text>
        {onHide && (
          <Button size="small" type="text" icon={<DoubleRightOutlined />} iconPlacement="end" onClick={onHide} data-testid="materials-hide">
            {S.hide}
          </Button>
        )}
      </div>
      {list && list.length > 0 && (
        <Tabs
          size="small"
          className="materials-tabs"
          activeKey={current ? materialKey(current) : undefined}
          onChange={setActive}
          items={list.map((m) => ({ key: materialKey(m), label: <span data-testid={`material-tab-${m.name}`}>{m.name}</span> }))}
        />
      )}
      <div className="materials-pane-body">
        {failed ? (
          <Alert type="error" showIcon title={failed} className="material-alert" />
        ) : !list ? (
          <Spin className="material-spin" />
        ) : current ? (
          <MaterialView material={current} submissionId={submissionId} />
        ) : (
          <Empty description={S.none} />
        )}
      </div>
    </div>
  )
}
