// The build loads .svg files as text (angular.json "loader"), for inline Material icons.
declare module '*.svg' {
  const content: string;
  export default content;
}
