import { Form, Input, InputNumber, Radio } from 'antd'
import type { Subject, SubjectKind } from '../../../../core/domain/subject'
import { splitNames } from '../../../../core/intake/roster/rosterFields'
import { SUBJECT_STRINGS as T } from './strings'

/** The form values of a subject, flat (lists as text "甲、乙、丙"). */
export interface SubjectValues {
  name?: string
  gender?: '男' | '女' | ''
  birthYear?: number | null
  title?: string
  post?: string
  years?: number | null
  contact?: string
  hours?: number | null
  team?: string
  authors?: string
  units?: string
}

const num = (v: number | null | undefined) => (typeof v === 'number' ? { value: v } : null)

/** The subject the API takes, from the form (one rule for lists: the core's splitNames, order kept). */
export function subjectFromValues(kind: SubjectKind, v: SubjectValues): Subject {
  const name = (v.name ?? '').trim()
  switch (kind) {
    case 'program':
      return { kind: 'program' }
    case 'person':
      return {
        kind: 'person',
        name,
        gender: v.gender ?? '',
        ...(num(v.birthYear) ? { birthYear: v.birthYear! } : {}),
        title: v.title ?? '',
        post: v.post ?? '',
        ...(num(v.years) ? { years: v.years! } : {}),
        contact: v.contact ?? '',
      }
    case 'course':
      return { kind: 'course', name, ...(num(v.hours) ? { hours: v.hours! } : {}), team: splitNames(v.team ?? '') }
    case 'achievement':
      return { kind: 'achievement', name, authors: splitNames(v.authors ?? ''), units: splitNames(v.units ?? '') }
  }
}

const required = (message: string) => [{ required: true, whitespace: true, message }]

/** The fields of a person, a course or an achievement in the 新增申报 form; nothing for a 专业. */
export function SubjectFields({ kind }: { kind: SubjectKind }) {
  switch (kind) {
    case 'program':
      return null
    case 'person':
      return (
        <>
          <Form.Item name="name" label={T.personName} rules={required(T.nameRequired)}>
            <Input maxLength={40} data-testid="subject-name" />
          </Form.Item>
          <Form.Item name="gender" label={T.gender}>
            <Radio.Group options={['男', '女']} />
          </Form.Item>
          <Form.Item name="birthYear" label={T.birthYear}>
            <InputNumber min={1900} max={2100} precision={0} className="full-width" />
          </Form.Item>
          <Form.Item name="title" label={T.title}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="post" label={T.post}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="years" label={T.years}>
            <InputNumber min={0} max={80} precision={0} className="full-width" />
          </Form.Item>
          <Form.Item name="contact" label={T.contact} extra={T.contactHint}>
            <Input maxLength={80} />
          </Form.Item>
        </>
      )
    case 'course':
      return (
        <>
          <Form.Item name="name" label={T.courseName} rules={required(T.nameRequired)}>
            <Input maxLength={80} data-testid="subject-name" />
          </Form.Item>
          <Form.Item name="hours" label={T.hours}>
            <InputNumber min={0} max={10000} precision={0} className="full-width" />
          </Form.Item>
          <Form.Item name="team" label={T.team} extra={T.listHint}>
            <Input maxLength={600} />
          </Form.Item>
        </>
      )
    case 'achievement':
      return (
        <>
          <Form.Item name="name" label={T.achievementName} rules={required(T.nameRequired)}>
            <Input maxLength={120} data-testid="subject-name" />
          </Form.Item>
          <Form.Item name="authors" label={T.authors} extra={T.listHint} rules={required(T.authorsRequired)}>
            <Input maxLength={600} data-testid="subject-authors" />
          </Form.Item>
          <Form.Item name="units" label={T.units} extra={T.listHint}>
            <Input maxLength={800} />
          </Form.Item>
        </>
      )
  }
}
