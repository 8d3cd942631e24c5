export { mapExperts, expertKey, EXPERT_HEADERS, EXPERT_FIELD_LABEL, type ExpertField, type ExpertMapResult, type MappedExpertRow, type ExpertImportFields } from './mapExperts'
export { parseFormerUnit, parseRelation, splitList } from './parseCells'
