import type { Configuration } from 'electron-builder'
import afterPack from './build/afterPack'

/**
 * Installers for experts' own laptops (issue 15): Windows NSIS (per user, no administrator rights,
 * Chinese installer, desktop and start-menu shortcuts), Linux AppImage and deb, macOS dmg. The app is
 * packed into app.asar; build/afterPack.ts flips the production fuses. `npm run dist` (scripts/dist.mjs)
 * builds the installers of the machine it runs on.
 */
export const PRODUCT_NAME = '专家评审工作台'

const config: Configuration = {
  appId: 'cn.alliance.expert-workbench',
  productName: PRODUCT_NAME,
  executableName: 'expert-workbench',
  copyright: '机械行业技工院校高水平专业建设联盟专家委员会',
  directories: { output: 'dist', buildResources: 'build' },
  // the built app only: main, preload and renderer bundles (electron-vite), and package.json
  files: ['out/**/*', 'package.json', '!**/*.map'],
  extraMetadata: { main: 'out/main/index.js' },
  // the demo workspace and the fonts config (resources/fonts) travel beside the app
  extraResources: [
    { from: 'resources/demo-workspace', to: 'demo-workspace' },
    { from: 'resources/fonts', to: 'fonts' },
  ],
  asar: true,
  // native modules cannot load from inside the archive
  asarUnpack: ['**/node_modules/@resvg/resvg-js-*/**', '**/*.node'],
  npmRebuild: false,
  electronLanguages: ['zh-CN', 'en-US'],
  afterPack,
  fileAssociations: [
    { ext: 'wbexp', name: '专家评审包', description: '专家评审工作台 评审包', role: 'Editor' },
    { ext: 'wbscore', name: '专家评分包', description: '专家评审工作台 评分包', role: 'Editor' },
  ],
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    // eslint-disable-next-line no-template-curly-in-string -- electron-builder's own ${…} macros, not JS templates
    artifactName: 'expert-workbench-setup-${version}.${ext}',
  },
  nsis: {
    // per user: installs under the user's own profile, no administrator rights (school laptops)
    oneClick: true,
    perMachine: false,
    installerLanguages: ['zh_CN'],
    language: '2052',
    unicode: true,
    createDesktopShortcut: 'always',
    createStartMenuShortcut: true,
    shortcutName: PRODUCT_NAME,
    runAfterFinish: true,
    // the user's workspaces are never in the app's folder; the recent list is kept on uninstall
    deleteAppDataOnUninstall: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: '专家评审工作台：评审材料、专家评分与评审文书',
    maintainer: 'expert-workbench <noreply@localhost>',
    // eslint-disable-next-line no-template-curly-in-string -- electron-builder's own ${…} macros, not JS templates
    artifactName: 'expert-workbench-${version}-${arch}.${ext}',
  },
  deb: {
    // charts in reports are drawn with Noto Sans CJK; Word documents name the GB fonts (README)
    recommends: ['fonts-noto-cjk'],
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: {
    // eslint-disable-next-line no-template-curly-in-string -- electron-builder's own ${…} macros, not JS templates
    title: '${productName} ${version}',
  },
}

export default config
