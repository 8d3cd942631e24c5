import type { Subject, SubjectKind } from '../../domain/subject'
import { MSG } from '../messages'
import { leadingInteger, splitNames, type RosterField } from './rosterFields'

interface Problem {
  column: string
  message: string
}

const LIMIT = { personName: 40, courseName: 80, achievementName: 120, short: 40, contact: 80, names: 30, units: 10 } as const

/**
 * The subject of one roster row and the 申报单位 it gives, with a problem per cell that does not
 * read: 性别 男/女, 出生年份 a four-digit year (1978, 1978年5月, 1978-05), 教龄 and 学时 whole numbers,
 * name lists split on 顿号/commas in their order (a name twice is a problem). `subject` is undefined
 * when a required part is missing (the caller reports the empty cell).
 */
export function subjectFromRow(
  kind: SubjectKind,
  get: (f: RosterField) => string,
  col: (f: RosterField) => string,
  label: (f: RosterField) => string,
): { subject?: Subject; school: string; problems: Problem[] } {
  const problems: Problem[] = []
  const long = (f: RosterField, v: string, max: number) => {
    if (v.length > max) problems.push({ column: col(f), message: MSG.map.tooLong(label(f), max) })
  }
  const int = (f: RosterField, min: number, max: number): number | undefined => {
    const v = get(f)
    if (v === '') return undefined
    const n = leadingInteger(v)
    if (n === undefined || n < min || n > max) {
      problems.push({ column: col(f), message: MSG.map.badInteger(label(f), v, min, max) })
      return undefined
    }
    return n
  }
  const names = (f: RosterField, maxCount: number, maxLength: number): string[] => {
    const list = splitNames(get(f))
    const seen = new Set<string>()
    for (const n of list) {
      const k = n.normalize('NFKC').replace(/\s+/g, '')
      if (seen.has(k)) problems.push({ column: col(f), message: MSG.map.repeatedName(label(f), n) })
      seen.add(k)
      long(f, n, maxLength)
    }
    if (list.length > maxCount) problems.push({ column: col(f), message: MSG.map.tooMany(label(f), maxCount) })
    return list
  }
  const school = get('school')
  const name = get('name')
  switch (kind) {
    case 'program':
      return { subject: { kind: 'program' }, school, problems }
    case 'person': {
      long('name', name, LIMIT.personName)
      long('title', get('title'), LIMIT.short)
      long('post', get('post'), LIMIT.short)
      long('contact', get('contact'), LIMIT.contact)
      const g = get('gender').replace(/性$/u, '')
      if (g !== '' && g !== '男' && g !== '女') problems.push({ column: col('gender'), message: MSG.map.badGender(get('gender')) })
      const thisYear = new Date().getFullYear()
      const birthYear = int('birthYear', 1900, thisYear)
      const years = int('years', 0, 80)
      if (name === '') return { school, problems }
      return {
        subject: {
          kind: 'person',
          name,
          gender: g === '男' || g === '女' ? g : '',
          ...(birthYear !== undefined ? { birthYear } : {}),
          title: get('title'),
          post: get('post'),
          ...(years !== undefined ? { years } : {}),
          contact: get('contact'),
        },
        school,
        problems,
      }
    }
    case 'course': {
      long('name', name, LIMIT.courseName)
      const hours = int('hours', 0, 10_000)
      const team = names('team', LIMIT.names, LIMIT.short)
      if (name === '') return { school, problems }
      return { subject: { kind: 'course', name, ...(hours !== undefined ? { hours } : {}), team }, school, problems }
    }
    case 'achievement': {
      long('name', name, LIMIT.achievementName)
      const authors = names('authors', LIMIT.names, LIMIT.short)
      const units = names('units', LIMIT.units, 80)
      const first = school || units[0] || ''
      if (name === '' || authors.length === 0) return { school: first, problems }
      return { subject: { kind: 'achievement', name, authors, units: units.length ? units : [first].filter((u) => u !== '') }, school: first, problems }
    }
  }
}
