// Types of production-manifest.js (kept in JS so webpack.config.js can require it).
export declare const DEV_BASE_URL: 'https://localhost:3000/';
export declare function baseUrlProblem(baseUrl: string | undefined): string | null;
export declare function productionManifest(xml: string, baseUrl: string): string;
