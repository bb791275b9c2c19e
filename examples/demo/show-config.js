// Shows the page's own Consentry config (its JSON block) in `[data-config-shown]`, as text,
// so what the page says it declares is what Consentry reads. Not part of Consentry.
(() => {
  const target = document.querySelector('[data-config-shown]');
  const block = document.getElementById('consentry-config');
  if (target && block) target.textContent = JSON.stringify(JSON.parse(block.textContent), null, 2);
})();
