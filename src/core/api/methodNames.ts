/**
 * Every capability of the workbench is one method (docs/design/architecture.md "One core, four thin doors").
 * This list has no dependencies so the preload can build window.api from it.
 */
export const METHOD_NAMES = [
  'workspace.info',
  'workspace.listBackups',
  'workspace.restoreBackup',
  'groups.list',
  'groups.add',
  'groups.rename',
  'groups.retire',
  'experts.list',
  'experts.add',
  'experts.update',
  'experts.previewImport',
  'experts.import',
  'experts.remove',
  'templates.list',
  'templates.get',
  'rubric.validate',
  'rubric.update',
  'rubric.export',
  'rubric.parseFile',
  'campaigns.list',
  'campaigns.get',
  'campaigns.create',
  'campaigns.addExperts',
  'campaigns.updateSettings',
  'campaigns.archive',
  'campaigns.restore',
  'pledges.accept',
  'audit.list',
  'audit.verify',
  'uploads.begin',
  'uploads.chunk',
  'tasks.get',
  'tasks.cancel',
  'roster.preview',
  'roster.import',
  'materials.import',
  'materials.list',
  'materials.preview',
  'materials.addFiles',
  'materials.unmatched',
  'materials.attach',
  'materials.remove',
  'conflicts.list',
  'conflicts.decide',
  'assignments.get',
  'assignments.previewDraw',
  'assignments.autoAssign',
  'assignments.change',
  'submissions.add',
  'submissions.remove',
  'sheets.get',
  'sheets.listByExpert',
  'sheets.setEntry',
  'sheets.setEligibility',
  'sheets.setVeto',
  'sheets.setBonus',
  'sheets.setComment',
  'sheets.setDimensionNote',
  'sheets.setHighlights',
  'sheets.submit',
  'results.summary',
  'reports.scoreSheet',
  // signing keys (issue 11)
  'keys.status',
  'keys.createWorkspaceKey',
  'keys.createExpertKey',
  'keys.registerExpertKey',
  'keys.rekeyExpert',
  // 评定 (issue 12 Decisions): ranking with tie rules, votes, quotas, 公示, 异议, the list as .docx/.xlsx
  'decisions.get',
  'decisions.setQuotas',
  'decisions.recordVote',
  'decisions.orderTie',
  'decisions.setLevel',
  'decisions.publish',
  'decisions.recordObjection',
  'decisions.answerObjection',
  'decisions.exportDocx',
  'decisions.exportXlsx',
  // issue 13 (reports): font setting, documents of every kind, batch export, diagnosis reports
  'reports.fonts',
  'reports.setFonts',
  // issue 12: calibration sessions
  'calibration.get',
  'calibration.scores',
  'calibration.open',
  'calibration.reveal',
  'calibration.revise',
  'calibration.decide',
  'calibration.close',
  'calibration.minutes',
] as const

export type MethodName = (typeof METHOD_NAMES)[number]

export function isMethodName(x: unknown): x is MethodName {
  return typeof x === 'string' && (METHOD_NAMES as readonly string[]).includes(x)
}

/** A method's namespace: the part before the dot ('sheets' for 'sheets.setEntry'); one folder each. */
export type Namespace = MethodName extends `${infer N}.${string}` ? N : never

/** The methods of one namespace. */
export type MethodsOf<N extends Namespace> = Extract<MethodName, `${N}.${string}`>
