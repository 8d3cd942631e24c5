import type { PickedFile } from '../../api'
import { submissionLabel } from '../../../../core/domain/submissionLabel'
import { useEffect, useState } from 'react'
import { Form, Modal, Radio, Select, Typography } from 'antd'
import { campaignsSelectors, intakeSelectors, useActions, useWorkbench, type MaterialsRule } from '../../stores'
import { useRun } from '../../app/useRun'
import { FilePick } from './FilePick'
import { INTAKE_STRINGS as S } from './strings'

/**
 * 导入申报材料: a .zip for all submissions (matched by a naming rule) or for one. Starting closes the
 * dialog; the import goes on in the store and its progress shows in the tab (MaterialsJobCard).
 */
export function MaterialsImportModal({ open, onClose, submissionId, initialFile }: { open: boolean; onClose: () => void; submissionId?: string; initialFile?: PickedFile | null }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const running = useWorkbench(intakeSelectors.materialsRunning)
  const { importMaterials } = useActions()
  const run = useRun()
  const [file, setFile] = useState<PickedFile | null>(null)
  const [byRule, setByRule] = useState(!submissionId)
  const [rule, setRule] = useState<MaterialsRule>('schoolProgram')
  const [target, setTarget] = useState<string | undefined>(submissionId)
  // a zip dropped on the window (issue 15) is the chosen file; the user still picks the target and starts
  useEffect(() => {
    if (open && initialFile) setFile(initialFile)
  }, [open, initialFile])
  if (!campaign) return null
  const fixed = campaign.submissions.find((s) => s.id === submissionId)

  function start() {
    if (!file) return
    const chosen = byRule ? { rule } : { submissionId: target }
    void run(() => importMaterials(file, chosen))
    setFile(null)
    onClose()
  }

  return (
    <Modal
      title={fixed ? S.materialsForOne(submissionLabel(fixed)) : S.materialsTitle}
      open={open}
      onCancel={onClose}
      onOk={start}
      okText={S.start}
      cancelText={S.cancel}
      okButtonProps={{ disabled: !file || running || (!byRule && !target), 'data-testid': 'materials-start' }}
      width={640}
      destroyOnHidden
    >
      <Form layout="vertical">
        {!fixed && (
          <Form.Item label={S.target}>
            <Radio.Group value={byRule} onChange={(e) => setByRule(e.target.value as boolean)}>
              <Radio value={true}>{S.targetByRule}</Radio>
              <Radio value={false}>{S.targetOne}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        {!fixed && byRule && (
          <Form.Item label={S.rule} extra={S.ruleHelp[rule]}>
            <Select<MaterialsRule>
              data-testid="materials-rule"
              value={rule}
              onChange={setRule}
              options={[
                { value: 'schoolProgram', label: S.ruleSchoolProgram },
                { value: 'submissionId', label: S.ruleSubmissionId },
              ]}
            />
          </Form.Item>
        )}
        {!fixed && !byRule && (
          <Form.Item label={S.chooseSubmission}>
            <Select
              value={target}
              onChange={setTarget}
              showSearch={{ optionFilterProp: 'label' }}
              options={campaign.submissions.map((s) => ({ value: s.id, label: submissionLabel(s) }))}
            />
          </Form.Item>
        )}
        <FilePick accept=".zip" title={S.pickZip} hint={S.pickZipHint} file={file} onPick={setFile} testId="materials-file" />
        {running && <Typography.Text type="warning">{S.running}</Typography.Text>}
      </Form>
    </Modal>
  )
}
