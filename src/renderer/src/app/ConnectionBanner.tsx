import { useEffect, useState } from 'react'
import { Alert, Button, Space } from 'antd'
import { useActions } from '../stores'
import { CONNECTION_EVENT, type ConnectionDetail } from './connection'
import { APP_STRINGS as S } from './strings'

/** A banner across the window while the workbench service cannot be reached, with a way to try again. */
export function ConnectionBanner() {
  const [lost, setLost] = useState<ConnectionDetail | null>(null)
  const [busy, setBusy] = useState(false)
  const { loadCampaigns } = useActions()
  useEffect(() => {
    const on = (e: Event) => setLost((e as CustomEvent<ConnectionDetail>).detail.lost ? (e as CustomEvent<ConnectionDetail>).detail : null)
    window.addEventListener(CONNECTION_EVENT, on)
    return () => window.removeEventListener(CONNECTION_EVENT, on)
  }, [])
  if (!lost) return null
  const retry = async () => {
    setBusy(true)
    // any call that gets through lowers the banner (connection.ts)
    await loadCampaigns().catch(() => undefined)
    setBusy(false)
  }
  return (
    <Alert
      banner
      type="error"
      data-testid="connection-lost"
      title={S.connectionLost}
      description={`${lost.message}。${S.connectionLostHint}`}
      action={
        <Space>
          <Button size="small" loading={busy} onClick={() => void retry()} data-testid="connection-retry">
            {S.connectionRetry}
          </Button>
          <Button size="small" onClick={() => window.location.reload()}>
            {S.connectionReload}
          </Button>
        </Space>
      }
    />
  )
}
