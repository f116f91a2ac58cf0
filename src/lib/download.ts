/** Saves text as a file the browser downloads (a blob URL: nothing leaves the page). */
export function downloadText(filename: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked on the next tick: the download has started by then.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
