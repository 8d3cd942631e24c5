import { describe, expect, it } from 'vitest'
import { RubricSchema } from '../../../src/core/domain/rubric'
import { rubricSchemaMessage, schemaProblems } from '../../../src/core/rubric/problems'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { toDraft } from '../../../src/renderer/src/stores/slices/rubric/draft'
import { shownProblems, targetOfPath } from '../../../src/renderer/src/features/rubric/editor/problems'

const base = () => structuredClone(diagnosticTemplate)

describe('the editor places a problem by its path', () => {
  const draft = toDraft(base())
  it.each<[string, (string | number)[], object]>([
    ['a 一级指标', ['dimensions', 1, 'points'], { section: 'structure', uid: draft.dimensions[1]!.uid }],
    ['a 二级指标', ['dimensions', 1, 'indicators', 0, 'descriptors', 'D'], { section: 'structure', uid: draft.dimensions[1]!.indicators[0]!.uid }],
    ['a level row', ['levels', 2, 'coefficient'], { section: 'levels', anchor: 'level-row-2' }],
    ['a grade band row', ['gradeBands', 1, 'grade'], { section: 'levels', anchor: 'grade-row-1' }],
    ['the grade bands', ['gradeBands'], { section: 'levels', anchor: 'grade-bands' }],
    ['a veto row', ['vetoes', 0, 'text'], { section: 'rules', anchor: 'veto-row-0' }],
    ['an eligibility row', ['eligibility', 3, 'code'], { section: 'rules', anchor: 'elig-row-3' }],
    ['an award level row', ['awardLevels', 0, 'min'], { section: 'bonus', anchor: 'award-row-0' }],
    ['the bonus', ['bonus', 'cap'], { section: 'bonus', anchor: 'bonus' }],
    ['the result note', ['resultNote'], { section: 'bonus', anchor: 'result-note' }],
    ['the total', ['total'], { section: 'structure', anchor: 'basics' }],
  ])('%s', (_, path, target) => {
    expect(targetOfPath(draft, path)).toEqual(target)
  })

  it('describes a schema problem on the draft (the core only had the bare path)', () => {
    const d = toDraft(base())
    d.dimensions[0]!.name = ''
    const parsed = RubricSchema.safeParse(d, { error: rubricSchemaMessage })
    const shown = shownProblems({ ok: false, problems: schemaProblems(parsed.error!.issues) }, d)
    expect(shown).toEqual([{ key: '0', where: `一级指标 ${d.dimensions[0]!.code}「」`, message: '名称不能为空', target: { section: 'structure', uid: d.dimensions[0]!.uid } }])
  })
})
