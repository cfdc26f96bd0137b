export declare const PARALLEL: string;
export declare const MISSING_PARALLEL: string;
export declare function gnuParallelVersion(): string | null;
export declare function parallelTestPlan(): { skip: boolean; why: string };
