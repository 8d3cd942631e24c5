import { useEffect, useState } from 'react'
import { Alert, Spin } from 'antd'
import { MATERIALS_STRINGS as S } from './strings'

/** A bigger image is not drawn: decoding 50,000² pixels would take gigabytes (docs/design/hostile-inputs.md §6). */
const MAX_PIXELS = 60_000_000

type State = { phase: 'loading' } | { phase: 'ok' } | { phase: 'error'; text: string }

/**
 * An image material, its size read first: the browser learns the dimensions from the header when an
 * off-screen Image loads, and only an image under the cap is put in the page (and so decoded).
 */
export function ImageView({ url, name }: { url: string; name: string }) {
  const [state, setState] = useState<State>({ phase: 'loading' })
  useEffect(() => {
    let live = true
    const probe = new Image()
    probe.onload = () => {
      if (!live) return
      const { naturalWidth: w, naturalHeight: h } = probe
      setState(w * h > MAX_PIXELS ? { phase: 'error', text: S.imageTooLarge(name, w, h) } : { phase: 'ok' })
    }
    probe.onerror = () => live && setState({ phase: 'error', text: S.imageFailed(name) })
    probe.src = url
    return () => {
      live = false
      probe.src = ''
    }
  }, [url, name])
  if (state.phase === 'loading') return <Spin className="material-spin" />
  if (state.phase === 'error') return <Alert type="warning" showIcon title={state.text} className="material-alert" />
  return (
    <div className="material-image-wrap">
      <img src={url} alt={name} className="material-image" data-testid="material-image" decoding="async" />
    </div>
  )
}
