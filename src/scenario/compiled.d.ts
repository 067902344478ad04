// The catalogue compiled at build time by build/catalogJson.ts (src/scenario/graph.ts reads it back).
declare module 'virtual:after-lenin-catalog' {
  const compiled: unknown;
  export default compiled;
}
