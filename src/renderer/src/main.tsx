import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { createClient } from './api'
import { watchConnection } from './app/connection'
import { createWorkbenchStore, StoreProvider } from './stores'
import { WorkbenchApp } from './app/App'
import { workbenchTheme } from './app/theme'
import { ShellGate } from './features/start/ShellGate'
import './app/app.css'

dayjs.locale('zh-cn')

const store = createWorkbenchStore(watchConnection(createClient()))

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={workbenchTheme}>
      <AntApp>
        <StoreProvider store={store}>
          <ShellGate>
            <WorkbenchApp />
          </ShellGate>
        </StoreProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
)
