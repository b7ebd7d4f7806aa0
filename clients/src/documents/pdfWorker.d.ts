/** Vite's `?worker` import: the module bundled as a worker script of its own, with a constructor for it. */
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
