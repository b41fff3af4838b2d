/** Types of server/node/start.mjs (plain JavaScript: it runs before anything is compiled). */
export declare const STAMP_FILE: string;
export declare const SERVER_ENTRY: string;
/** `relative-path size mtime` of every input file (knowledge/, server/, widget/, Vite config, package*.json). */
export declare function inputStamp(root?: string): string;
/** The same for the build outputs. */
export declare function outputStamp(root?: string): string;
/** True when neither inputs nor outputs changed since the stamp was written. */
export declare function buildsAreCurrent(root?: string, stampFile?: string): boolean;
/** Runs server/node/prepare.ts under tsx and records the stamp; false when nothing can be served. */
export declare function prepare(root?: string, stampFile?: string, options?: { force?: boolean }): boolean;
