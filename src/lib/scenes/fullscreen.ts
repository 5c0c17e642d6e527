// Full screen for a presentation: asked when one starts (a user's gesture) and again by its bar's button.

/** Full screen for the whole page; false when the browser refuses (no user gesture, an iframe, a policy). */
export async function enterFullscreen(): Promise<boolean> {
	const el = document.documentElement;
	if (document.fullscreenElement) return true;
	if (!el.requestFullscreen) return false;
	try {
		await el.requestFullscreen({ navigationUI: 'hide' });
		return true;
	} catch {
		return false;
	}
}
