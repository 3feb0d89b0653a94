// `WXT_PERF_MARKS=on` at build time turns the performance marks on (./timing.ts).
interface ImportMetaEnv {
  readonly WXT_PERF_MARKS?: string;
}
