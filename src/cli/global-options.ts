/** Options every command accepts (see `centralctl --help`). */
export interface GlobalOptions {
  config?: string;
  idUrl?: string;
  apiUrl?: string;
  state?: string;
  caFile?: string;
  proxy?: string;
  concurrency?: number;
  verbose?: boolean;
  quiet?: boolean;
}
