import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { WorkbenchState } from './types'
import type { WorkbenchStore } from './createWorkbenchStore'

const StoreContext = createContext<WorkbenchStore | null>(null)

export function StoreProvider({ store, children }: { store: WorkbenchStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

function useStoreApi(): WorkbenchStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useWorkbench outside <StoreProvider>')
  return store
}

/** Reads one value of the store; re-renders only when it changes. */
export function useWorkbench<T>(selector: (s: WorkbenchState) => T): T {
  return useStore(useStoreApi(), selector)
}

/** The function-valued members of the store: its actions. */
export type WorkbenchActions = { [K in keyof WorkbenchState as WorkbenchState[K] extends (...a: never[]) => unknown ? K : never]: WorkbenchState[K] }

/**
 * The store's actions: stable functions, safe to call from event handlers and effects. Typed to
 * exclude data, which must be read with useWorkbench so the component re-renders when it changes.
 */
export function useActions(): WorkbenchActions {
  return useStoreApi().getState()
}
