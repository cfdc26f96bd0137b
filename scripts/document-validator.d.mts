export declare const SCHEMA_FILE: string;
export declare const VALIDATOR_FILE: string;
export declare function validatorSource(schemaText: string): string;
