/** Absolute path of the built app window folder, with a trailing slash. */
export declare const uiDistPath: string;
