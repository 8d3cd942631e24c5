import { useState } from 'react'
import { Button, Select, Space } from 'antd'
import type { Expert } from '../../../../core/domain/workspace'
import { useActions } from '../../stores'
import { useRun } from '../../app/useRun'
import { EXPERTS_STRINGS as S } from './strings'

/** 从专家库添加: a multi-select of pool experts not yet in the campaign. */
export function AddFromPool({ candidates }: { candidates: Expert[] }) {
  const [chosen, setChosen] = useState<string[]>([])
  const { addExpertsToCampaign } = useActions()
  const run = useRun()
  async function add() {
    if (await run(() => addExpertsToCampaign(chosen), S.added)) setChosen([])
  }
  return (
    <Space.Compact className="add-from-pool">
      <Select
        mode="multiple"
        data-testid="pool-select"
        value={chosen}
        onChange={setChosen}
        placeholder={candidates.length ? S.fromPoolPlaceholder : S.noneLeft}
        disabled={!candidates.length}
        maxTagCount="responsive"
        showSearch={{ optionFilterProp: 'label' }}
        options={candidates.map((e) => ({ value: e.id, label: S.expertOption(e.name, e.unit) }))}
        className="add-from-pool-select"
      />
      <Button onClick={add} disabled={!chosen.length} data-testid="pool-add">
        {S.fromPool}
      </Button>
    </Space.Compact>
  )
}
