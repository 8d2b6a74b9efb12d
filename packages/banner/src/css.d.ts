// esbuild's `text` loader turns the stylesheet into a string (see build/build-banner.ts).
declare module '*.css' {
  const text: string;
  export default text;
}
