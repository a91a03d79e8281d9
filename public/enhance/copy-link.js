// @ts-check
// «نسخ الرابط» on article pages: the button is in the HTML, hidden, and shown only where the
// clipboard can be written; without this script the share links beside it are enough.
(() => {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll('button[data-enhance="copy-link"]')) {
    if (!(button instanceof HTMLButtonElement)) continue;
    const label = button.querySelector('[aria-live]') ?? button;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(button.dataset.url ?? location.href).then(
        () => (label.textContent = 'تم نسخ الرابط'),
        () => (label.textContent = 'تعذّر النسخ'),
      );
    });
  }
})();
