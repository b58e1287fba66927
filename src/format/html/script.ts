// The page's only script, inline: a click on a headline row brings its mark to
// the middle of the screen and flashes it. Without script the row's link still jumps there.
export const SCRIPT = `
for (const row of document.querySelectorAll('tr[data-target]')) {
  row.addEventListener('click', (event) => {
    const mark = document.getElementById(row.dataset.target);
    if (!mark) return;
    event.preventDefault();
    mark.scrollIntoView({ block: 'center' });
    mark.classList.remove('flash');
    void mark.offsetWidth;
    mark.classList.add('flash');
  });
}
`;
