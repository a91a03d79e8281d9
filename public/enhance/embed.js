// @ts-check
// Embed cards in a story: a link to the post, readable without this script. With it, a button
// puts the provider's player in place of the card, only when the reader presses it; until then
// nothing is requested from the provider. The frame is a page of ours (/embed/…) whose own
// policy allows that provider alone.
(() => {
  for (const button of document.querySelectorAll('button[data-enhance="embed"]')) {
    if (!(button instanceof HTMLButtonElement) || !button.dataset.frame) continue;
    button.hidden = false;
    button.addEventListener(
      'click',
      () => {
        const frame = document.createElement('iframe');
        frame.src = button.dataset.frame ?? '';
        frame.title = button.textContent ?? '';
        frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
        frame.allowFullscreen = true;
        const aspect = Number(button.dataset.aspect) || 16 / 9;
        // A portrait player at full width would be taller than the screen.
        frame.style.cssText = `display:block;width:100%;border:0;margin:.75rem auto 0;aspect-ratio:${aspect};max-width:${aspect < 1 ? '22rem' : 'none'}`;
        button.replaceWith(frame);
        frame.focus();
      },
      { once: true },
    );
  }
})();
