import { describe, expect, it } from 'vitest'
import { skinFile, type BuiltFiles } from './skinPreload.ts'

describe('skinFile', () => {
  const asset = (fileName: string) => ({ type: 'asset', fileName }) as const
  const chunk = (fileName: string) => ({ type: 'chunk', fileName }) as const

  it('finds the hashed skin model among the build output', () => {
    const bundle: BuiltFiles = {
      a: chunk('assets/body-skin-abc.js'),
      b: asset('assets/body-muscles-Cw0.glb'),
      c: asset('assets/body-skin-Bd_x-9.glb'),
    }
    expect(skinFile(bundle)).toBe('assets/body-skin-Bd_x-9.glb')
  })

  it('fails the build when the skin is missing', () => {
    expect(() => skinFile({ b: asset('assets/body-muscles-Cw0.glb') })).toThrow(/no body-skin/)
  })
})
