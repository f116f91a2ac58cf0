// Every page is plain HTML built ahead of time: there is no server, and nothing to fetch.
export const prerender = true;
export const trailingSlash = 'never';
