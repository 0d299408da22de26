// The app's code did not arrive (offline, or a deploy replaced it): say so in place of what the page showed (an inert
// first screenful, or nothing), rather than leave it looking loaded or blank. Lazy parts say so on their own (023).
export function appLoadFailed(): void {
  const message = document.createElement('p');
  message.className = 'state state-error';
  message.setAttribute('role', 'alert');
  message.textContent = 'The dashboard’s code could not be loaded. Check the connection, then reload the page.';
  document.getElementById('root')?.replaceChildren(message);
}
