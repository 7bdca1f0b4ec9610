/** English UI text: the reference dictionary every other language is typed against. */
export const en = {
  loading: 'Loading the training archive…',
  retry: 'Try again',
  catalogErrorHeading: 'The training archive could not be loaded',
  noCatalog:
    'No training catalog is connected. Set the src attribute to the address of catalog.json, or place this ' +
    'element inside <rsp-catalog src="…">.',
  refreshFailed: 'Showing the last loaded version of the archive. Updating it failed:',
};

export type Messages = typeof en;
