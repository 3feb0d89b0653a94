/** opencc-js ships its dictionaries as ES modules exporting one string ("繁 简|…") without types. */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
