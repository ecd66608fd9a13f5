export interface Config {
  /** The demo's sample repositories, served at `/api/sample-repositories`. */
  sampleRepositories?: {
    /**
     * Folder holding `<owner>/<repo>/...`, relative to the backend's working
     * directory.
     */
    directory: string;
  };
}
