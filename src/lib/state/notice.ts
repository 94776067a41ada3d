// What the reader is told when something they asked for failed, and how to try again.
export interface Notice {
	text: string;
	retry?: () => void;
	/** What the retry button says, when it does more than try again. */
	retryLabel?: string;
}

/** The notice for a failed image save. Its retry saves again; after a second failure it reloads the page
 *  instead, and says so, because some browsers keep a module they failed to fetch failed until then
 *  (the URL keeps the view). */
export function imageSaveFailed(why: string, previous: Notice | null, saveAgain: () => void): Notice {
	const again = previous?.text.startsWith('The image') ?? false;
	return {
		text: `The image could not be saved (${why}).`,
		...(again ? { retry: () => location.reload(), retryLabel: 'Reload the page' } : { retry: saveAgain })
	};
}
