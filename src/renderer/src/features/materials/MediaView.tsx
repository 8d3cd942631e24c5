import { useState } from 'react'
import { Alert } from 'antd'
import { MATERIALS_STRINGS as S } from './strings'

/** Video and audio stream from the attachment URL; seeking uses range requests. */
export function MediaView({ url, name, audio }: { url: string; name: string; audio: boolean }) {
  const [failed, setFailed] = useState(false)
  if (failed) return <Alert type="warning" showIcon title={S.mediaFailed(name)} className="material-alert" />
  return audio ? (
    <div className="material-audio-wrap">
      <audio controls preload="metadata" src={url} onError={() => setFailed(true)} data-testid="material-audio" />
    </div>
  ) : (
    <video controls preload="metadata" src={url} onError={() => setFailed(true)} className="material-video" data-testid="material-video" />
  )
}
