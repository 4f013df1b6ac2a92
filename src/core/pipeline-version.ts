/** The version of the ingest pipeline: bump it whenever a change alters what a corpus becomes. */
export const PIPELINE_VERSION = 'byline-pipeline-6';
