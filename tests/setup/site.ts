/** The repository's own site data (knowledge/*.json), read through the same front door as the build. */
import { fileURLToPath } from 'node:url';
import { readSiteData } from '../../knowledge/site.ts';

export const SITE = readSiteData(fileURLToPath(new URL('../../knowledge', import.meta.url)));
