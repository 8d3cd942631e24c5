/** Vite bundles CSS imported for its side effects (the renderer has no vite/client types). */
declare module '*.css'
