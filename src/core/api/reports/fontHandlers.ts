import {
  DEFAULT_REPORT_FONTS,
  presetOf,
  REPORT_FONT_PRESET_LABELS,
  REPORT_FONT_PRESETS,
  type ReportFontPreset,
  type ReportFonts,
} from '../../domain/reportFonts'
import type { WorkspaceFile } from '../../domain/workspace'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import type { ReportFontsView } from './outputs'

/** The workspace's report fonts: the stored setting, or the GB names. */
export function reportFontsOf(ws: Pick<WorkspaceFile, 'reportFonts'>): ReportFonts {
  return ws.reportFonts ?? DEFAULT_REPORT_FONTS
}

function view(fonts: ReportFonts): ReportFontsView {
  return {
    fonts,
    preset: presetOf(fonts),
    presets: (Object.keys(REPORT_FONT_PRESETS) as ReportFontPreset[]).map((name) => ({
      name,
      label: REPORT_FONT_PRESET_LABELS[name],
      fonts: REPORT_FONT_PRESETS[name],
    })),
  }
}

export function reportFontHandlers({ store }: HandlerDeps) {
  return {
    'reports.fonts': async () => view(reportFontsOf((await store.workspaceShard()).data)),
    'reports.setFonts': async (input) => {
      const fonts: ReportFonts = 'preset' in input ? { ...REPORT_FONT_PRESETS[input.preset] } : input.fonts
      const shard = await store.workspaceShard()
      await shard.update((d) => {
        d.reportFonts = fonts
      })
      return view(fonts)
    },
  } satisfies Pick<HandlersOf<'reports'>, 'reports.fonts' | 'reports.setFonts'>
}
