import { useState } from 'react'
import { App, Card, Input, Space, Spin, Typography, Upload } from 'antd'
import { InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { signingSelectors, useActions, useWorkbench } from '../../stores'
import { VerdictView } from './VerdictView'
import { LookupView } from './LookupView'
import { VERIFY_STRINGS as S } from './strings'
import './verify.css'

/** 验证文书 (issue 11): drop a signed document or package to check it; type a verification code to find it in the register. */
export function VerifyPage() {
  const { message } = App.useApp()
  const verdict = useWorkbench(signingSelectors.verdict)
  const lookup = useWorkbench(signingSelectors.lookup)
  const { verifyDocument, lookupCode } = useActions()
  const [checking, setChecking] = useState(false)
  const [looking, setLooking] = useState(false)

  const check = async (file: File) => {
    setChecking(true)
    try {
      await verifyDocument(file)
    } catch (e) {
      void message.error((e as Error).message)
    } finally {
      setChecking(false)
    }
  }
  const find = async (code: string) => {
    if (!code.trim()) return
    setLooking(true)
    try {
      await lookupCode(code)
    } catch (e) {
      void message.error((e as Error).message)
    } finally {
      setLooking(false)
    }
  }

  return (
    <div data-testid="verify-page" className="verify-page">
      <div className="page-title-row">
        <Space align="baseline" size={12}>
          <Typography.Title level={4}>
            <SafetyCertificateOutlined /> {S.title}
          </Typography.Title>
          <Typography.Text type="secondary">{S.intro}</Typography.Text>
        </Space>
      </div>
      <Typography.Paragraph type="secondary" className="verify-honest" data-testid="verify-honest">
        {S.honest}
      </Typography.Paragraph>
      <div className="verify-columns">
        <Card title={S.fileCard} size="small" className="verify-card">
          <Upload.Dragger
            accept=".docx,.wbexp,.wbscore"
            multiple={false}
            showUploadList={false}
            disabled={checking}
            beforeUpload={(file) => {
              void check(file)
              return false
            }}
            data-testid="verify-drop"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{S.drop}</p>
            <p className="ant-upload-hint">{S.dropHint}</p>
          </Upload.Dragger>
          {checking && <Spin className="verify-spin" description={S.checking} />}
          {verdict && !checking && <VerdictView verdict={verdict} />}
        </Card>
        <Card title={S.codeCard} size="small" className="verify-card">
          <Input.Search
            placeholder={S.codePlaceholder}
            enterButton={S.codeButton}
            allowClear
            loading={looking}
            onSearch={(v) => void find(v)}
            data-testid="verify-code-input"
          />
          <Typography.Paragraph type="secondary" className="verify-code-hint">
            {S.codeHint}
          </Typography.Paragraph>
          {lookup && <LookupView result={lookup} />}
        </Card>
      </div>
    </div>
  )
}
