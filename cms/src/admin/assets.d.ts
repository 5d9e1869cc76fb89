/** Images the admin's bundler turns into URLs. */
declare module '*.svg' {
  const url: string;
  export default url;
}
