// The catalogue compiled at build time by build/catalogJson.ts (src/scenario/graph.ts reads it back).
declare module 'virtual:after-lenin-catalog' {
  const compiled: unknown;
  export default compiled;
}

// What the title and the new-game form read (src/scenario/menu.ts), compiled beside the catalogue.
declare module 'virtual:after-lenin-menu' {
  const menu: import('./menu').Menu;
  export default menu;
}
