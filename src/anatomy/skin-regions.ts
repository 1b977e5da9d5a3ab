import type { RegionId } from '../data/regions.ts'
import type { LandmarkFigures, Point3, SkinSegmentName } from './skin-figures.ts'
export interface SkinVertex {
  segment: SkinSegmentName
  p: Point3
  n: Point3
  along: number
  around: number
}
export function regionOfSkinVertex(v: SkinVertex, lm: LandmarkFigures): RegionId {
  void v; void lm
  return 'head_vertex'
}
