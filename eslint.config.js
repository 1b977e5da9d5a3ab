// ESLint for TriggerMap: type-aware typescript-eslint, the Rules of Hooks, and the import
// boundaries of ../shared/DESIGN.md ("Layers"). Run it with `npm run lint`.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

// ---- Import boundaries -------------------------------------------------------------------
// The rule matches the import specifier as written, so each pattern names the folder that a
// relative path reaches ('../scene/x.ts', '../../src/ui/x.tsx'), at any depth, or the file
// ('../App.tsx', './api.ts').
const reaches = (folders) => `^(?:\\.\\.?/)+(?:src/)?(?:${folders})(?:/|\\.[jt]sx?$|$)`

// The generator lives under models/ (generator/, fit/, scripts/), beside what it builds (the
// .glb files and body.manifest.json, which the app loads): '../../models/generator/...'.
const reachesModels = '^(?:\\.\\.?/)+models/'
const generator = [
  {
    regex: reachesModels + '(?:fit|scripts|generator/(?!manifest(?:\\.ts)?$))',
    message: 'The app never imports the body-model generator (DESIGN.md, Layers); it reads the built model.',
  },
  {
    // The scene may read the manifest's types (never its code): the manifest JSON is the contract.
    regex: reachesModels + 'generator/manifest(?:\\.ts)?$',
    allowTypeImports: true,
    message: 'Only the manifest types may cross from the generator into the app: use `import type`.',
  },
  { regex: '^(?:\\.\\.?/)+scripts/', message: 'The app never imports scripts/ (Node entry points).' },
]
const threeAndReact = [
  { group: ['three', 'three/*', '@react-three/*'], message: 'Only src/scene/ imports three and R3F.' },
  { group: ['react', 'react-dom', 'react-dom/*', 'zustand'], message: 'This layer is pure TypeScript.' },
]
const layer = (name, folders) => ({
  regex: reaches(folders),
  message: `${name} must not import ${folders.replaceAll('|', ', ')} (DESIGN.md, Layers).`,
})
const threeOnly = threeAndReact.slice(0, 1)
/**
 * The app's top: the root component, the entry files that start it and the 3D view's loader they
 * share; no layer imports them.
 */
const entries = 'App|main|startApp|prerender|sceneCode'

/** One block per layer: the rule's options replace each other, so each block lists all of its own. */
const boundaries = [
  {
    files: ['src/data/**'],
    patterns: [layer('src/data', `lookup|record|state|scene|ui|api|${entries}`), ...generator, ...threeAndReact],
  },
  {
    files: ['src/lookup/**'],
    patterns: [layer('src/lookup', `record|state|scene|ui|api|${entries}`), ...generator, ...threeAndReact],
  },
  {
    files: ['src/record/**'],
    patterns: [layer('src/record', `lookup|state|scene|ui|api|${entries}`), ...generator, ...threeOnly],
  },
  {
    files: ['src/state/**'],
    patterns: [layer('src/state', `record|scene|ui|api|${entries}`), ...generator, ...threeOnly],
  },
  {
    files: ['src/scene/**'],
    patterns: [layer('src/scene', `ui|lookup|record|api|${entries}`), ...generator],
  },
  {
    files: ['src/ui/**'],
    patterns: [layer('src/ui', `scene|api|${entries}`), ...generator, ...threeOnly],
  },
  {
    // The handout: a peer of ui (it lays out ui's source list and QR code, and ui's print
    // buttons call it). It reaches the 3D view only through a dynamic import of
    // src/scene/printViews.ts, which draws the pictures, so three stays out of its own code.
    files: ['src/print/**'],
    patterns: [layer('src/print', `scene|api|${entries}`), ...generator, ...threeOnly],
  },
  {
    files: ['src/api.ts'],
    patterns: [layer('src/api.ts', `record|state|scene|ui|${entries}`), ...generator, ...threeAndReact],
  },
  { files: ['src/App.tsx', 'src/main.ts', 'src/startApp.tsx', 'src/prerender.tsx'], patterns: generator },
  {
    // The generator (and its fitting and report scripts) never imports the app's state, scene or ui.
    // The app's own Node entry points (bench, README pictures) drive the built app and may.
    files: ['models/**', 'scripts/**'],
    ignores: ['scripts/bench*', 'scripts/bench/**', 'scripts/readme-pictures.ts'],
    patterns: [layer('The model generator', `state|scene|ui|${entries}`)],
  },
].map(({ files, ignores, patterns }) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
}))

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-e2e/',
    'models/generator/figures/',
    'docs/',
    'public/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.tmp*/', // people's scratch folders
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Prettier wraps code at 120; max-len catches what it cannot: comments, and code in the
      // tables Prettier leaves alone. Lines holding a string are exempt: a sentence the person
      // reads (a notice, a label, a test's name) stays whole, so it can be found from the screen.
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      // `_name` marks a deliberately unused argument (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['models/**', 'scripts/**', 'tests/**', '*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Shipped code says how it handles a missing value (a guard, a checked read, a typed tuple)
    // instead of asserting `x!` (issue 14; `npx tsx scripts/count-non-null.ts` counts them).
    // The generator, scripts and tests may assert: a wrong guess there fails a build or a test.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test-setup.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // R3F's model is imperative: materials, uniforms and the canvas are three/DOM handles that
    // effects and useFrame mutate by design (never React state). The compiler rule reads each
    // such write as a mutated hook value; the app does not run the React Compiler, whose
    // memoisation that rule protects. Kept everywhere else (ui mutates no hook values).
    files: ['src/scene/**'],
    rules: { 'react-hooks/immutability': 'off' },
  },
  ...boundaries,
  {
    // Config files outside tsconfig.json: lint them without type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
])
