// The search page keeps its query in the address (`/search/?q=sccache`), so a search can be linked,
// bookmarked and reloaded; a `q` in the address is searched for on arrival.
const field = () => document.querySelector('#search-page-input input');
const whenField = () =>
	new Promise((resolve) => {
		const look = () => (field() ? resolve(field()) : requestAnimationFrame(look));
		look();
	});

customElements.whenDefined('pagefind-input').then(whenField).then((input) => {
	const query = new URLSearchParams(location.search).get('q');
	if (query) {
		input.value = query;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
	input.addEventListener('input', () => {
		const url = new URL(location.href);
		if (input.value) url.searchParams.set('q', input.value);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
	});
});
